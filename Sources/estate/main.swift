import EstateCLI

await EstateCommand.main()
