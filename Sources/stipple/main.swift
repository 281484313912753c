import StippleCLI
StippleCommand.main()
