"""One module per subcommand; see extract/cli.py."""
