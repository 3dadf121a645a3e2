import Testing
import VietnameseText

@Suite struct TemplateFillingTests {
    @Test func fillsNumberedPlaceholdersInAnyOrder() {
        #expect("{1} trên {0}".fillingPlaceholders(["122", "3"]) == "3 trên 122")
        #expect("{0}/{1} đối tượng".fillingPlaceholders(["3", "122"]) == "3/122 đối tượng")
    }

    @Test func insertsArgumentsAsTheyAreInOnePass() {
        #expect("{0} / {1}".fillingPlaceholders(["{1}", "B"]) == "{1} / B")
    }

    @Test func leavesUnmatchedBracesAlone() {
        #expect("{2} {x} { {0".fillingPlaceholders(["a"]) == "{2} {x} { {0")
        #expect("không có".fillingPlaceholders(["a"]) == "không có")
    }

    @Test func keepsVietnameseAroundAndInsideArguments() {
        #expect("Đã lưu {0} – còn {1} ngày}".fillingPlaceholders(["Nguyễn Thị Hồng Nhung", "5"])
            == "Đã lưu Nguyễn Thị Hồng Nhung – còn 5 ngày}")
        #expect("ễ{0}ễ{".fillingPlaceholders(["ư"]) == "ễưễ{")
        #expect("{}{-1}{0}".fillingPlaceholders(["ơ"]) == "{}{-1}ơ")
        #expect("".fillingPlaceholders([]) == "")
    }
}
