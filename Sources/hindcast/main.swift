import HindcastCLI

HindcastCommand.main()
