#!/usr/bin/env python3
"""A second terminal for the tests: pyte (the emulator inside Fenrir, with its
own width tables) runs a program in a pseudo-terminal; instructions on standard
input type keys and print what its screen shows.

Usage: pyte_screen.py COLS ROWS PROGRAM [ARG...]  (environment passed through)
Instructions, one a line:
  wait TEXT     wait (at most 20 s) until TEXT is on the screen
  keys TEXT     type TEXT (Python escapes: \\r is Enter, \\x1b[B is Down)
  sleep SECONDS
  dump          print the screen, then a line "=== end"
"""
import os, pty, select, sys, time

import pyte


def main():
    cols, rows, argv = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
    screen = pyte.Screen(cols, rows)
    stream = pyte.ByteStream(screen)
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["COLUMNS"], os.environ["LINES"] = str(cols), str(rows)
        os.execvp(argv[0], argv)
    import fcntl, struct, termios
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))

    def pump(seconds):
        end = time.time() + seconds
        while True:
            left = end - time.time()
            if left <= 0:
                return
            ready, _, _ = select.select([fd], [], [], left)
            if not ready:
                return
            try:
                data = os.read(fd, 65536)
            except OSError:
                return
            if not data:
                return
            stream.feed(data)

    def text():
        return "\n".join(line.rstrip() for line in screen.display)

    for line in sys.stdin:
        word, _, rest = line.rstrip("\n").partition(" ")
        if word == "wait":
            deadline = time.time() + 20
            while rest not in text() and time.time() < deadline:
                pump(0.05)
            pump(0.2)
        elif word == "keys":
            os.write(fd, rest.encode().decode("unicode_escape").encode("latin-1", "ignore")
                     if rest.isascii() else rest.encode())
            pump(0.3)
        elif word == "sleep":
            pump(float(rest))
        elif word == "dump":
            pump(0.1)
            print(text())
            print("=== end", flush=True)
    try:
        os.kill(pid, 15)
    except OSError:
        pass


main()
