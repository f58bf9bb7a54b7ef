//! rbdctl: parse, run, print the error once, exit with its documented code.

fn main() {
    std::process::exit(rbdctl::cli::main_with_args(std::env::args_os()));
}
