import CommendationStore
import Foundation
import Testing

@Suite("Store location")
struct StoreLocationTests {
    private let everything = [
        "TDKT_STORE": "/srv/tdkt/phuong.sqlite",
        "XDG_DATA_HOME": "/data/xdg",
        "HOME": "/home/canbo",
    ]

    @Test func optionWinsOverEverything() {
        #expect(StoreLocation.resolve(option: "/mnt/usb/tdkt.sqlite", environment: everything) == "/mnt/usb/tdkt.sqlite")
        #expect(StoreLocation.resolve(option: "rel/tdkt.sqlite", environment: everything) == "rel/tdkt.sqlite")
    }

    @Test func environmentVariableWinsOverTheDefault() {
        #expect(StoreLocation.resolve(option: nil, environment: everything) == "/srv/tdkt/phuong.sqlite")
        #expect(StoreLocation.resolve(option: "", environment: everything) == "/srv/tdkt/phuong.sqlite")
    }

    @Test func xdgDataHomeWinsOverHome() {
        var environment = everything
        environment["TDKT_STORE"] = nil
        #expect(StoreLocation.resolve(option: nil, environment: environment) == "/data/xdg/tdkt/tdkt.sqlite")
        environment["TDKT_STORE"] = ""
        #expect(StoreLocation.resolve(option: nil, environment: environment) == "/data/xdg/tdkt/tdkt.sqlite")
        #expect(StoreLocation.defaultPath(environment: environment) == "/data/xdg/tdkt/tdkt.sqlite")
    }

    @Test func homeIsTheLastResort() {
        #expect(StoreLocation.resolve(option: nil, environment: ["HOME": "/home/canbo"])
                == "/home/canbo/.local/share/tdkt/tdkt.sqlite")
        #expect(StoreLocation.resolve(option: nil, environment: ["HOME": "/home/canbo", "XDG_DATA_HOME": ""])
                == "/home/canbo/.local/share/tdkt/tdkt.sqlite")
    }

    @Test func relativeXDGDataHomeIsIgnored() {
        let environment = ["XDG_DATA_HOME": "data/xdg", "HOME": "/home/canbo"]
        #expect(StoreLocation.resolve(option: nil, environment: environment) == "/home/canbo/.local/share/tdkt/tdkt.sqlite")
        let dotted = ["XDG_DATA_HOME": "./share", "HOME": "/home/canbo"]
        #expect(StoreLocation.defaultPath(environment: dotted) == "/home/canbo/.local/share/tdkt/tdkt.sqlite")
    }

    @Test func withoutHomeTheUsersHomeFolderIsUsed() {
        let path = StoreLocation.resolve(option: nil, environment: [:])
        #expect(path == NSHomeDirectory() + "/.local/share/tdkt/tdkt.sqlite")
        #expect(path.hasPrefix("/"))
    }
}
