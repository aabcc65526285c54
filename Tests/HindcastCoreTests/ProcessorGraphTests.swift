import HindcastCore
import Testing

@Suite struct ProcessorGraphTests {
    @Test func ordersWritersBeforeSameDateReaders() throws {
        let graph = try ProcessorGraph([
            DeclaredProcessor("c", reads: [TableRead("b_table")], writes: ["c_table"]),
            DeclaredProcessor("b", reads: [TableRead("a_table")], writes: ["b_table"]),
            DeclaredProcessor("a", reads: [TableRead("player_boxscores")], writes: ["a_table"]),
        ])
        #expect(graph.ids == ["a", "b", "c"])
        #expect(graph.downstream(of: "a") == ["b", "c"])
    }

    @Test func refusesTwoWritersOfOneTable() {
        #expect(throws: GraphError.twoWriters(table: "t", first: "a", second: "b")) {
            try ProcessorGraph([
                DeclaredProcessor("a", reads: [], writes: ["t"]),
                DeclaredProcessor("b", reads: [], writes: ["t"]),
            ])
        }
    }

    @Test func refusesAReadNobodyWritesThatIsNotRaw() {
        #expect(throws: GraphError.unknownRead(processor: "a", table: "nowhere")) {
            try ProcessorGraph([DeclaredProcessor("a", reads: [TableRead("nowhere")], writes: ["t"])])
        }
    }

    @Test func refusesACycleAndNamesItsPath() {
        #expect(throws: GraphError.cycle(path: ["a", "b", "c", "a"])) {
            try ProcessorGraph([
                DeclaredProcessor("a", reads: [TableRead("c_table")], writes: ["a_table"]),
                DeclaredProcessor("b", reads: [TableRead("a_table")], writes: ["b_table"]),
                DeclaredProcessor("c", reads: [TableRead("b_table")], writes: ["c_table"]),
            ])
        }
    }

    @Test func historyReadsDoNotFormCycles() throws {
        let graph = try ProcessorGraph([
            DeclaredProcessor("predict", reads: [TableRead("grades", .history(days: 28))], writes: ["predictions"]),
            DeclaredProcessor("grade", reads: [TableRead("predictions")], writes: ["grades"]),
        ])
        #expect(graph.ids == ["predict", "grade"])
    }

    @Test func errorMessagesNameTheProblem() {
        #expect(
            GraphError.cycle(path: ["a", "b", "a"]).description == "processors form a cycle: a -> b -> a")
        #expect(
            GraphError.unknownRead(processor: "p", table: "t").description
                == "p reads t, which no processor writes and which is not a raw table")
    }
}
