// Ink renders only the final frame when it detects CI, and chalk colours depend on the terminal:
// pin both so frame tests see every frame, without ANSI codes, everywhere.
delete process.env.CI;
delete process.env.NO_COLOR;
process.env.FORCE_COLOR = '0';
