import EstateCore

public enum EstateCommand {
    public static func main() async {}
}
