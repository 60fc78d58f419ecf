import Foundation

/// Storage held at each snapshot and a straight-line forecast from them (least squares over the dates).
public struct StorageForecast: Sendable, Hashable {
    /// The snapshots' dates and storage, oldest first.
    public var points: [Point]
    /// Bytes a year the fitted line grows by; nil with fewer than two dates.
    public var growthPerYear: Double?
    /// The forecast at each date asked for.
    public var forecast: [Point]

    public struct Point: Sendable, Hashable {
        public var date: LocalDate
        public var bytes: Int64
        public init(date: LocalDate, bytes: Int64) {
            self.date = date
            self.bytes = bytes
        }
    }

    /// Fits the points and forecasts each of `dates`; with fewer than two distinct dates there is no forecast.
    public init(points: [Point], forecastAt dates: [LocalDate]) {
        self.points = points.sorted { $0.date < $1.date }
        let xs = self.points.map { Double($0.date.daysSinceEpoch) / 365.25 }
        let ys = self.points.map { Double($0.bytes) }
        guard Set(xs).count >= 2 else {
            growthPerYear = nil
            forecast = []
            return
        }
        let n = Double(xs.count)
        let meanX = xs.reduce(0, +) / n
        let meanY = ys.reduce(0, +) / n
        var sxy = 0.0
        var sxx = 0.0
        for (x, y) in zip(xs, ys) {
            sxy += (x - meanX) * (y - meanY)
            sxx += (x - meanX) * (x - meanX)
        }
        let slope = sxy / sxx
        growthPerYear = slope
        forecast = dates.map { date in
            let x = Double(date.daysSinceEpoch) / 365.25
            return Point(date: date, bytes: Int64(max(0, (meanY + slope * (x - meanX)).rounded())))
        }
    }

    /// The growth a year as a fraction of the latest figure, when there is a line and storage.
    public var growthRate: Double? {
        guard let growthPerYear, let last = points.last, last.bytes > 0 else { return nil }
        return growthPerYear / Double(last.bytes)
    }
}
