import StippleCLI

await StippleCommand.runAndExit()
