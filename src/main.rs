use clap::{Parser, Subcommand};
use std::path::PathBuf;

use observatory::{accounts, app, backup, config::Settings};

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
    /// Write a backup of the site (database and stored files) to one
    /// archive, safely while it serves.
    Backup {
        /// The archive to write; by default a new file named for the
        /// moment in OBSERVATORY_BACKUP_DIR, or else the current folder.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Read a backup archive whole and check it against its manifest.
    Verify {
        /// The archive `observatory backup` wrote.
        archive: PathBuf,
    },
    /// Restore a backup into the site of the settings, which must be empty.
    Restore {
        /// The archive `observatory backup` wrote.
        archive: PathBuf,
        /// Delete the site already in the target first (all or nothing).
        #[arg(long)]
        replace: bool,
    },
    /// Copy a whole site from one database to another (SQLite and
    /// PostgreSQL, either way); the source is only read.
    Copy(backup::cli::CopyRequest),
    /// Add made-up library resources (the same ones on every machine)
    /// until there are this many, for benchmarks and demonstrations.
    SeedDemo {
        #[arg(long)]
        resources: u64,
    },
    /// Rebuild the search index from the database (running instances
    /// rebuild theirs too).
    Reindex,
    /// Add library resources from a CSV file: one row per resource, the
    /// columns `kind` and the editors' form's fields (`title_en`,
    /// `summary_es`, `authors`, `country`, `lines` and `cites` separated
    /// by `;`, …). Every row or none is stored.
    ImportLibrary {
        /// The CSV file, UTF-8, with a header row.
        file: PathBuf,
        /// Only check every row and report the bad ones; store nothing.
        #[arg(long)]
        dry_run: bool,
        /// Publish the resources (by default they are drafts, for editors
        /// to review).
        #[arg(long)]
        publish: bool,
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
        Command::Backup { out } => backup::cli::backup(&settings, out).await,
        Command::Verify { archive } => backup::cli::verify(&archive),
        Command::Restore { archive, replace } => {
            backup::cli::restore(&settings, &archive, replace).await
        }
        Command::Copy(request) => backup::cli::copy(&settings, request).await,
        Command::SeedDemo { resources } => seed_demo(settings, resources).await,
        Command::Reindex => reindex(settings).await,
        Command::ImportLibrary {
            file,
            dry_run,
            publish,
        } => import_library(settings, &file, dry_run, publish).await,
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

async fn reindex(settings: Settings) -> anyhow::Result<()> {
    let state = app::prepare(settings).await?;
    observatory::search::reindex(&state.settings, &state.db).await
}

#[allow(
    clippy::print_stdout,
    reason = "the report of the rows is the command's output"
)]
async fn import_library(
    settings: Settings,
    file: &std::path::Path,
    dry_run: bool,
    publish: bool,
) -> anyhow::Result<()> {
    use observatory::library::import;
    let state = app::prepare(settings).await?;
    let opened = std::fs::File::open(file)
        .map_err(|error| anyhow::anyhow!("cannot read {}: {error}", file.display()))?;
    let options = import::Options { dry_run, publish };
    let mut progress = observatory::progress::Progress::on_stderr();
    let report = import::import(&state, opened, &options, &mut progress).await?;
    for problem in &report.problems {
        println!("{problem}");
    }
    let bad_rows: std::collections::HashSet<u64> =
        report.problems.iter().map(|problem| problem.line).collect();
    println!(
        "{} rows: {} bad, {} stored{}",
        report.rows,
        bad_rows.len(),
        report.imported.len(),
        if dry_run { " (dry run)" } else { "" }
    );
    if !report.problems.is_empty() {
        anyhow::bail!("nothing was stored: mend the rows above and run it again");
    }
    Ok(())
}

async fn seed_demo(settings: Settings, resources: u64) -> anyhow::Result<()> {
    let state = app::prepare(settings).await?;
    let mut progress = observatory::progress::Progress::on_stderr();
    observatory::library::seed_demo(&state.db, resources, &mut progress).await?;
    Ok(())
}
