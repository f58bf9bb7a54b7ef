//! Completions and man pages are generated from the clap tree by `scripts/gen` and
//! committed; this fails when they are stale (someone changed the CLI and forgot).

use crate::harness::Cmd;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn completions_are_fresh() {
    for (shell, file) in [
        ("bash", "rbdctl.bash"),
        ("zsh", "_rbdctl"),
        ("fish", "rbdctl.fish"),
        ("elvish", "rbdctl.elv"),
        ("powershell", "_rbdctl.ps1"),
    ] {
        let out = Cmd::rbdctl().args(["completions", shell]).output();
        assert!(out.status.success(), "completions {shell} failed");
        let committed = std::fs::read(root().join("completions").join(file)).unwrap_or_default();
        assert!(out.stdout == committed, "completions/{file} is stale: run scripts/gen and commit");
    }
}

#[test]
fn man_pages_are_fresh() {
    let dir = tempfile::tempdir().unwrap();
    let out = Cmd::rbdctl().arg("manpages").arg(dir.path()).output();
    assert!(out.status.success(), "manpages failed:\n{}", crate::harness::describe(&out));
    let mut fresh: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    let mut committed: Vec<_> =
        std::fs::read_dir(root().join("man")).unwrap().map(|e| e.unwrap().file_name()).collect();
    fresh.sort();
    committed.sort();
    assert_eq!(fresh, committed, "man/ has other pages than the CLI: run scripts/gen and commit");
    for name in fresh {
        let a = std::fs::read(dir.path().join(&name)).unwrap();
        let b = std::fs::read(root().join("man").join(&name)).unwrap();
        assert!(a == b, "man/{} is stale: run scripts/gen and commit", name.to_string_lossy());
    }
    let top = std::fs::read_to_string(root().join("man/rbdctl.1")).unwrap();
    assert!(
        top.contains("Exit codes") && top.contains("CEPH_ARGS"),
        "rbdctl.1 must carry the exit-code and environment sections"
    );
}

#[test]
fn help_is_clean_for_every_command() {
    fn walk(cmd: &clap::Command, path: Vec<String>) {
        let mut args = path.clone();
        args.push("--help".into());
        let out = Cmd::rbdctl().args(&args).output();
        assert!(out.status.success(), "{args:?} failed");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains("Usage:"), "{args:?}: no usage line");
        assert!(out.stderr.is_empty(), "{args:?} wrote to stderr");
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set() && s.get_name() != "help") {
            let mut p = path.clone();
            p.push(sub.get_name().to_string());
            walk(sub, p);
        }
    }
    use clap::CommandFactory;
    walk(&rbdctl::cli::Cli::command(), vec![]);
}

#[test]
fn exit_code_table_matches_the_readme() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    for (code, kind, _) in rbdctl::error::exit::TABLE {
        assert!(readme.contains(&format!("| {code} | `{kind}` |")), "README lacks exit code {code} ({kind})");
    }
}

/// Issue 11, the Debian package: what Cargo.toml tells cargo-deb. scripts/package (run
/// by scripts/test) builds the package and checks the unpacked files; this catches a
/// wrong destination or a missing source without building it.
#[test]
fn debian_package_config_puts_files_where_debian_does() {
    let manifest: toml::Table = std::fs::read_to_string(root().join("Cargo.toml")).unwrap().parse().unwrap();
    let deb = &manifest["package"]["metadata"]["deb"];
    assert_eq!(deb["depends"].as_str(), Some("$auto"), "Depends must be computed, not hand-written");
    let assets: Vec<(String, String)> = deb["assets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (a[0].as_str().unwrap().to_string(), a[1].as_str().unwrap().to_string()))
        .collect();
    for (want_src, want_dest) in [
        ("target/release/rbdctl", "usr/bin/"),
        ("completions/rbdctl.bash", "usr/share/bash-completion/completions/rbdctl"),
        ("completions/_rbdctl", "usr/share/zsh/vendor-completions/_rbdctl"),
        ("completions/rbdctl.fish", "usr/share/fish/vendor_completions.d/rbdctl.fish"),
        ("man/*.1", "usr/share/man/man1/"),
    ] {
        assert!(
            assets.contains(&(want_src.into(), want_dest.into())),
            "no asset {want_src} -> {want_dest}: {assets:?}"
        );
    }
    for (src, _) in &assets {
        if let Some(dir) = src.strip_suffix("/*.1") {
            assert!(std::fs::read_dir(root().join(dir)).unwrap().count() > 0, "{src} matches nothing");
        } else if !src.starts_with("target/") {
            assert!(root().join(src).is_file(), "asset {src} does not exist");
        }
    }
}
