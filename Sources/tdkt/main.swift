// tdkt's entry point: the only place where concrete pieces are wired together.
import ArgumentParser
import Foundation

TdktCommand.runAndExit()
