import Commendation
import CommendationStore
import Foundation
import Papers
import TdktResources

/// The layouts of the certificate blanks: tdkt's defaults (`Resources/data/certificates`),
/// each replaced by the ward's own file of the same name in `certificates/` of the
/// configuration folder (`$XDG_CONFIG_HOME/tdkt/certificates/giay-khen.json`).
public enum CertificateLayouts {
    /// The folder of the ward's own layouts.
    public static func folder(configFolder: String = StoreLocation.configFolder()) -> String {
        configFolder + "/certificates"
    }

    /// Every layout, the ward's file where there is one; a ward's file for a blank tdkt does not
    /// ship is added. Throws a `CertificateLayout.Problem` naming the file that cannot be used.
    public static func load(configFolder: String = StoreLocation.configFolder()) throws -> [CertificateLayout] {
        var layouts: [CertificateLayout] = []
        let own = folder(configFolder: configFolder)
        var seen = Set<String>()
        for path in try TdktResources.files(in: "certificates") where path.hasSuffix(".json") {
            let name = (path as NSString).lastPathComponent
            let override = (own as NSString).appendingPathComponent(name)
            if let data = FileManager.default.contents(atPath: override) {
                layouts.append(try read(data, file: override))
            } else {
                layouts.append(try read(TdktResources.data(path), file: "data/" + path))
            }
            seen.insert(name)
        }
        let extra = ((try? FileManager.default.contentsOfDirectory(atPath: own)) ?? []).filter { $0.hasSuffix(".json") && !seen.contains($0) }
        for name in extra.sorted() {
            let path = (own as NSString).appendingPathComponent(name)
            if let data = FileManager.default.contents(atPath: path) { layouts.append(try read(data, file: path)) }
        }
        return layouts
    }

    private static func read(_ data: Data, file: String) throws -> CertificateLayout {
        do { return try CertificateLayout(json: data) } catch let problem as CertificateLayout.Problem {
            throw CertificateLayout.Problem(description: "\(file): \(problem.description)")
        }
    }
}
