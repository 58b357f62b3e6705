#!/usr/bin/env python3
"""Checks that the manual pages agree with the binary.

For every command `coprod CMD --help` lists, man/coprod-CMD.1's OPTIONS
section must describe exactly the options the binary accepts (besides
--help), and for each option:
  - a range the binary checks ("in [60 - 400]") is stated as "60 to 400";
  - every value the binary accepts ("{text,json}") is named.
coprod(1) must list every command under COMMANDS, and nothing else.
"""
import argparse
import os
import re
import subprocess
import sys


def run_help(binary, *args):
    env = dict(os.environ, COLUMNS="1000")
    result = subprocess.run([binary, *args, "--help"], capture_output=True, text=True, env=env, check=True)
    return result.stdout


def section(lines, title):
    """The lines under a help heading such as 'Options:' up to the next blank line."""
    out, inside = [], False
    for line in lines:
        if line == title:
            inside = True
        elif inside and not line.strip():
            break
        elif inside:
            out.append(line)
    return out


def binary_commands(binary):
    return [line.split()[0] for line in section(run_help(binary).splitlines(), "Commands:") if line.startswith("  ") and not line.startswith("   ")]


def binary_options(binary, command):
    """{'--width': 'UINT:INT in [60 - 400]=80', ...} from the command's --help."""
    options = {}
    for line in section(run_help(binary, *([command] if command else [])).splitlines(), "Options:"):
        match = re.match(r"^  ((?:-\w,)?--[\w-]+)(.*)$", line)
        if not match:
            continue
        names, rest = match.group(1), match.group(2)
        for name in names.split(","):
            options[name] = rest
    options.pop("--help", None)
    options.pop("-h", None)
    return options


def man_text(line):
    """Roff source to plain words: escapes and fonts removed."""
    line = re.sub(r"\\f[BIRP]", "", line)
    line = line.replace("\\-", "-").replace("\\e", "\\").replace('"', "")
    line = re.sub(r"^\.(BI|BR|IR|RB|RI|IB|B|I)\s+", "", line)
    return line


def man_options(path):
    """{'--width': 'paragraph text', ...} from the page's OPTIONS section."""
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    options, inside, current, tag_next = {}, False, None, False
    for line in lines:
        if line.startswith(".SH"):
            inside = line.strip() == ".SH OPTIONS"
            current = None
            continue
        if not inside:
            continue
        if line.startswith(".TP"):
            tag_next = True
            continue
        text = man_text(line)
        if tag_next:
            tag_next = False
            current = []
            for name in re.findall(r"(?<![\w-])(--[a-z][\w-]*|-[a-zA-Z])(?![\w-])", text):
                options[name] = current
            current.append(text)
        elif current is not None:
            current.append(text)
    return {name: " ".join(paragraph) for name, paragraph in options.items()}


def man_commands(path):
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    commands, inside, tag_next = [], False, False
    for line in lines:
        if line.startswith(".SH"):
            inside = line.strip() == ".SH COMMANDS"
        elif inside and line.startswith(".TP"):
            tag_next = True
        elif inside and tag_next:
            tag_next = False
            commands.append(man_text(line).strip())
    return commands


def compare_command(binary, source, command):
    failures = []
    page = os.path.join(source, "man", f"coprod-{command}.1")
    if not os.path.exists(page):
        return [f"{command}: no manual page {page}"]
    in_binary = binary_options(binary, command)
    in_man = man_options(page)
    for name in sorted(set(in_binary) - set(in_man)):
        failures.append(f"{command}: {name} is an option of the binary but not in {os.path.basename(page)}")
    for name in sorted(set(in_man) - set(in_binary)):
        failures.append(f"{command}: {os.path.basename(page)} describes {name}, which the binary does not accept")
    for name in sorted(set(in_binary) & set(in_man)):
        described, paragraph = in_binary[name], in_man[name]
        for low, high in re.findall(r"in \[([\d.]+) - ([\d.]+)\]", described):
            if f"{low} to {high}" not in paragraph:
                failures.append(f"{command} {name}: the binary accepts {low} to {high}; the manual says: {paragraph!r}")
        for choices in re.findall(r"\{([^}]*)\}", described):
            for choice in (item.strip() for item in choices.split(",")):
                if not re.search(rf"(?<![\w-]){re.escape(choice)}(?![\w-])", paragraph):
                    failures.append(f"{command} {name}: the manual does not name the value {choice!r}")
    return failures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    commands = binary_commands(args.binary)
    failures = []
    if len(commands) < 10:
        failures.append(f"coprod --help lists only {commands}")
    listed = man_commands(os.path.join(args.source, "man", "coprod.1"))
    if sorted(listed) != sorted(commands):
        failures.append(f"coprod.1 lists the commands {sorted(listed)}; the binary has {sorted(commands)}")
    checked = 0
    for command in commands:
        if command == "help":
            continue
        failures += compare_command(args.binary, args.source, command)
        checked += 1
    # coprod's own options (--version), from coprod --help, against coprod(1).
    top = set(binary_options(args.binary, None))
    described = set(man_options(os.path.join(args.source, "man", "coprod.1"))) - {"--help", "-h"}
    if top != described:
        failures.append(f"coprod.1 describes the options {sorted(described)}; the binary has {sorted(top)}")
    for failure in failures:
        print("FAIL:", failure)
    print(f"compared the options of {checked} commands with their manual pages:", "ok" if not failures else "failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
