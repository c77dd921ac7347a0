use clap::{Parser, Subcommand};
use observatory::{accounts, app, config::Settings};

/// mimalloc instead of the system allocator: per-thread heaps that hand
/// freed memory back to the system after a short delay keep the memory of
/// a long-running server flat after load (glibc's arenas keep their peak),
/// and allocation-heavy request handling faster (bench/run.sh prints both).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The International Juvenile Justice Observatory's web platform.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Migrate, seed and serve the site (the default).
    Serve,
    /// Apply pending database migrations and seed content, then exit.
    Migrate,
    /// Create an admin account (or promote an existing one) and print a
    /// one-time link to set its password.
    CreateAdmin {
        /// The admin's e-mail address.
        #[arg(long)]
        email: String,
    },
}

#[tokio::main]
#[allow(
    clippy::print_stdout,
    reason = "the one-time link is the command's output"
)]
async fn main() -> std::process::ExitCode {
    app::init_tracing();
    let cli = Cli::parse();
    let settings = match Settings::from_env() {
        Ok(settings) => settings,
        Err(error) => {
            eprintln!("observatory: invalid settings: {error}");
            return std::process::ExitCode::from(2);
        }
    };
    let outcome = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => app::serve(settings).await,
        Command::Migrate => app::prepare(settings).await.map(|_| ()),
        Command::CreateAdmin { email } => create_admin(settings, &email).await.map(|link| {
            println!("Admin ready. Open this link within 24 hours to set the password:\n{link}");
        }),
    };
    match outcome {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("observatory: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// Creates or promotes the admin on a prepared site; returns the one-time link.
async fn create_admin(settings: Settings, email: &str) -> anyhow::Result<String> {
    let state = app::prepare(settings).await?;
    accounts::cli::create_admin(&state, email).await
}
