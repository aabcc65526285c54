extension RandomAccessCollection where Index == Int {
    /// Binary search in a collection ordered so that every element for which `isBefore` holds
    /// comes first: the index of the first element for which it does not (`endIndex` when none).
    func partitionPoint(_ isBefore: (Element) -> Bool) -> Int {
        var low = startIndex
        var high = endIndex
        while low < high {
            let middle = (low + high) / 2
            if isBefore(self[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
