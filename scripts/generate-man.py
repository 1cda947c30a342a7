#!/usr/bin/env python3
"""Writes plancheck's man page (roff, section 1) from the binary's own help tree
(`plancheck --experimental-dump-help`, argument-parser's JSON of every command, argument and
abstract), so the page cannot drift from the help. Usage: generate-man.py PLANCHECK_BINARY > plancheck.1"""
import json, subprocess, sys

binary = sys.argv[1]
tree = json.loads(subprocess.run([binary, "--experimental-dump-help"], capture_output=True, text=True, check=True).stdout)
version = subprocess.run([binary, "--version"], capture_output=True, text=True, check=True).stdout.strip()


def roff(text):
    text = (text or "").replace("\\", "\\\\").replace("-", "\\-")
    return "\n".join(("\\&" + line) if line.startswith((".", "'")) else line for line in text.split("\n"))


def names(argument):
    out = []
    for name in argument.get("names", []):
        out.append(("-" if name["kind"] == "short" else "--") + name["name"])
    return ", ".join(out)


def options(command):
    lines = []
    for argument in command.get("arguments", []):
        if not argument.get("shouldDisplay", True):
            continue
        value = argument.get("valueName")
        label = names(argument) or f"<{value}>"
        if argument["kind"] == "option" and value:
            label += f" <{value}>"
        lines.append(f".TP\n\\fB{roff(label)}\\fR\n{roff(argument.get('abstract', ''))}")
        if argument.get("discussion"):
            lines.append(roff(argument["discussion"] if isinstance(argument["discussion"], str) else ""))
    return lines


root = tree["command"]
out = [f'.TH PLANCHECK 1 "" "plancheck {version}" "User Commands"',
       ".SH NAME", f"plancheck \\- {roff(root.get('abstract', ''))}",
       ".SH SYNOPSIS", "\\fBplancheck\\fR [\\fIsubcommand\\fR] [\\fIoptions\\fR] [\\fIfiles\\fR...]",
       ".SH DESCRIPTION", roff(root.get("discussion", "") or root.get("abstract", "")),
       "Without a subcommand, \\fBplancheck\\fR runs \\fBlint\\fR.",
       ".SH OPTIONS"] + options(root)


def section(command, prefix):
    name = f"{prefix} {command['commandName']}".strip()
    out.extend([f".SH {roff(name.upper())}", roff(command.get("abstract", ""))])
    if command.get("discussion"):
        out.append(".PP\n" + roff(command["discussion"]))
    out.extend(options(command))
    for sub in command.get("subcommands", []):
        if sub.get("commandName") != "help":
            section(sub, name)


for command in root.get("subcommands", []):
    if command.get("commandName") != "help":
        section(command, "plancheck")
out += [".SH EXIT STATUS", "0 nothing missing at the chosen level; 1 requirements missing; 2 invalid arguments, "
        "configuration or rules; 3 a file could not be read; 4 an output could not be written.",
        ".SH SEE ALSO", "The README in /usr/share/doc/plancheck."]
print("\n".join(out))
