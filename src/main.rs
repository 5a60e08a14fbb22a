fn main() -> std::process::ExitCode {
    jingkang::cli::run()
}
