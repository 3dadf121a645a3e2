import Foundation
public enum TdktResources { public static func url(_ name: String) -> URL? { Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "data") } }
