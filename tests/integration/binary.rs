//! The real binary as a child process, started as an operator starts it:
//! settings in its environment, its address read from its log, stopped by
//! a signal.

use std::{process::ExitStatus, time::Duration};

use tokio::{
    io::AsyncBufReadExt,
    process::{Child, ChildStdout, Command},
};

/// The longest a start may take here.
const PATIENCE: Duration = Duration::from_secs(30);

/// The binary with `args` and `settings`, and none of the `OBSERVATORY_*`
/// variables the tests themselves run with.
pub fn command(args: &[&str], settings: &[(&str, &str)]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_observatory"));
    command.args(args).kill_on_drop(true);
    for (name, _) in std::env::vars().filter(|(name, _)| name.starts_with("OBSERVATORY_")) {
        command.env_remove(name);
    }
    command.envs(settings.iter().copied());
    command
}

/// `observatory serve`, running.
pub struct Instance {
    child: Child,
    /// `http://127.0.0.1:port`, from its log.
    pub address: String,
}

impl Instance {
    /// Starts the server on a free port of loopback with `settings`, and
    /// waits until it listens.
    pub async fn start(settings: &[(&str, &str)]) -> Instance {
        let mut all = vec![
            ("OBSERVATORY_LISTEN", "127.0.0.1:0"),
            ("OBSERVATORY_LOG", "info"),
            ("NO_COLOR", "1"),
        ];
        all.extend_from_slice(settings);
        let mut child = command(&["serve"], &all)
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("the binary starts");
        let address = listening_address(child.stdout.take().expect("piped")).await;
        Instance { child, address }
    }

    /// Sends SIGTERM, as systemd or a container runtime does to stop it.
    pub fn terminate(&self) {
        let pid = self.child.id().expect("running").to_string();
        let kill = std::process::Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .expect("kill runs");
        assert!(kill.success());
    }

    /// Kills it at once (SIGKILL), as a crash or the OOM killer would.
    pub async fn kill(&mut self) {
        self.child.kill().await.expect("killed");
    }

    /// Waits up to `patience` for it to end.
    pub async fn exit(&mut self, patience: Duration) -> ExitStatus {
        tokio::time::timeout(patience, self.child.wait())
            .await
            .expect("the server exits in time")
            .expect("exit status")
    }
}

/// Reads the server's log until it names the address it listens on, then
/// keeps reading it so the server never blocks on a full pipe.
async fn listening_address(log: ChildStdout) -> String {
    const MARK: &str = "listening on http://";
    let mut lines = tokio::io::BufReader::new(log).lines();
    let address = tokio::time::timeout(PATIENCE, async {
        while let Some(line) = lines.next_line().await.expect("log readable") {
            if let Some((_, address)) = line.split_once(MARK) {
                return address.trim().to_string();
            }
        }
        panic!("the server ended before listening");
    })
    .await
    .expect("the server starts listening");
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
    format!("http://{address}")
}
