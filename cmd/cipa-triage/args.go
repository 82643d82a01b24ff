package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
)

// command is one subcommand: its own flag.FlagSet (so `cipa-triage X -h`
// prints X's flags), a usage line and what it does.
type command struct {
	name    string
	args    string // the positional arguments, as the usage line shows them
	purpose string
	flags   *flag.FlagSet
}

func newCommand(name, args, purpose string) *command {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are printed once, by parse's caller
	return &command{name: name, args: args, purpose: purpose, flags: fs}
}

// errHelp is parse's answer to -h or --help: print help, exit 0.
var errHelp = flag.ErrHelp

// parse reads flags and positional arguments in any order, so that flags may
// follow the file name as the usage lines show ("letter FILE --json"): the
// standard flag package stops at the first positional argument, so parsing
// resumes after each one.
func (c *command) parse(args []string) ([]string, error) {
	var positional []string
	for {
		if err := c.flags.Parse(args); err != nil {
			return nil, err
		}
		rest := c.flags.Args()
		if len(rest) == 0 {
			return positional, nil
		}
		if rest[0] == "--" {
			return append(positional, rest[1:]...), nil
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

// help is the subcommand's own usage: its line, what it does and its flags.
func (c *command) help() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Usage: cipa-triage %s %s\n\n%s\n", c.name, c.args, c.purpose)
	n := 0
	c.flags.VisitAll(func(*flag.Flag) { n++ })
	if n > 0 {
		b.WriteString("\nOptions:\n")
		c.flags.SetOutput(&b)
		c.flags.PrintDefaults()
		c.flags.SetOutput(io.Discard)
	}
	return b.String()
}

// fail prints a usage error (or the help asked for) and gives the exit code.
func (c *command) fail(err error, stdout, stderr io.Writer) int {
	if err == errHelp {
		fmt.Fprint(stdout, c.help())
		return exitOK
	}
	fmt.Fprintf(stderr, "cipa-triage %s: %v\n(cipa-triage %s -h lists the options)\n", c.name, err, c.name)
	return exitUsage
}
