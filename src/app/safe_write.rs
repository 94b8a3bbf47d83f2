//! Writing a file the user named without harming what is there: the path is checked before any
//! work (a device, a FIFO, a socket or a folder is refused, a read-only file needs the user's
//! word, a folder that cannot be written is said at once), a symlink's target is written, and
//! the new file comes whole (a temporary file beside it, renamed over it) with the permissions
//! of the file it replaces.

use std::fs::{self, File, Permissions};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::i18n::Message;

/// Whether a read-only file may be replaced: the app asks the user first, the CLI never does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadOnly {
    /// Refuse it.
    Refuse,
    /// Replace it (the user said so), keeping it read-only.
    Replace,
}

/// Symlinks followed at most, as the system does.
const MAX_LINKS: usize = 40;

/// A checked place to write: the file itself (a symlink's target) and the permissions of the
/// file it replaces, if any.
#[derive(Clone, Debug, PartialEq)]
pub struct Destination {
    /// The path as the user typed it, for messages.
    pub named: PathBuf,
    /// The file written: `named`, or the file its symlinks lead to.
    target: PathBuf,
    /// The replaced file's permissions.
    permissions: Option<Permissions>,
}

/// What is at `path` when it is not a regular file: the message that says it.
fn special_kind(file_type: fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_block_device() || file_type.is_char_device() {
            return "file-is-device";
        }
        if file_type.is_fifo() {
            return "file-is-pipe";
        }
        if file_type.is_socket() {
            return "file-is-socket";
        }
    }
    if file_type.is_dir() {
        "file-is-folder"
    } else {
        "file-is-special"
    }
}

/// "could not write PATH: the system's reason".
pub fn not_written(path: &Path, error: impl std::fmt::Display) -> Message {
    Message::new("file-not-written")
        .arg("path", path.display())
        .arg("error", error)
}

/// The file `path` leads to through its symlinks (which need not exist yet).
fn resolved(path: &Path) -> Result<PathBuf, Message> {
    let mut target = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&target) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let link = fs::read_link(&target).map_err(|e| {
                    Message::new("file-link-unreadable")
                        .arg("path", target.display())
                        .arg("error", e)
                })?;
                target = match target.parent() {
                    Some(folder) if link.is_relative() => folder.join(link),
                    _ => link,
                };
            }
            _ => return Ok(target),
        }
    }
    Err(Message::new("file-too-many-links")
        .arg("path", path.display())
        .arg("most", MAX_LINKS))
}

/// The temporary file beside `target`.
fn partial(target: &Path) -> Result<PathBuf, Message> {
    let name = (target.file_name())
        .ok_or_else(|| Message::new("file-not-a-name").arg("path", target.display()))?;
    let mut partial = name.to_owned();
    partial.push(".partial");
    Ok(target.with_file_name(partial))
}

impl Destination {
    /// Checks that `path` can be written, before any work: what is there must be a regular
    /// file (or nothing), writable unless `read_only` says to replace it, in a folder where a
    /// file can be created.
    pub fn check(path: &Path, read_only: ReadOnly) -> Result<Self, Message> {
        let target = resolved(path)?;
        let permissions = match fs::metadata(&target) {
            Ok(meta) if !meta.is_file() => {
                let kind = Message::new(special_kind(meta.file_type()));
                let problem = Message::new("file-special")
                    .arg("path", path.display())
                    .part("kind", kind);
                return Err(problem);
            }
            Ok(meta) if meta.permissions().readonly() && read_only == ReadOnly::Refuse => {
                return Err(Message::new("file-read-only").arg("path", path.display()));
            }
            Ok(meta) => Some(meta.permissions()),
            Err(_) => None,
        };
        // The folder takes a new file: try the temporary one.
        let temporary = partial(&target)?;
        File::create(&temporary)
            .and_then(|_| fs::remove_file(&temporary))
            .map_err(|e| {
                Message::new("file-cannot-write")
                    .arg("path", path.display())
                    .arg("error", e)
            })?;
        Ok(Self {
            named: path.to_path_buf(),
            target,
            permissions,
        })
    }

    /// A download of that name (the browser build, which has no paths).
    #[cfg(target_arch = "wasm32")]
    pub fn download(name: &str) -> Self {
        Self {
            named: PathBuf::from(name),
            target: PathBuf::new(),
            permissions: None,
        }
    }

    /// Writes the file through `write`, which gets a buffered writer: into the temporary
    /// file, given the replaced file's permissions, then renamed over the target. When
    /// `write` fails nothing is replaced. In the browser build the bytes are offered as a
    /// download instead.
    pub fn write_with(
        &self,
        write: impl FnOnce(&mut dyn Write) -> Result<(), Message>,
    ) -> Result<(), Message> {
        #[cfg(target_arch = "wasm32")]
        {
            let mut bytes = Vec::new();
            write(&mut bytes)?;
            super::web_files::offer(&self.named, &bytes)
        }
        #[cfg(not(target_arch = "wasm32"))]
        self.write_file(write)
    }

    /// [`Self::write_with`] on the desktop.
    #[cfg(not(target_arch = "wasm32"))]
    fn write_file(
        &self,
        write: impl FnOnce(&mut dyn Write) -> Result<(), Message>,
    ) -> Result<(), Message> {
        let temporary = partial(&self.target)?;
        let fail = |e: std::io::Error| not_written(&self.named, e);
        let written = File::create(&temporary).map_err(fail).and_then(|file| {
            let mut out = std::io::BufWriter::new(file);
            write(&mut out)?;
            let file = out.into_inner().map_err(|e| fail(e.into_error()))?;
            file.sync_all().map_err(fail)?;
            if let Some(permissions) = &self.permissions {
                fs::set_permissions(&temporary, permissions.clone()).map_err(fail)?;
            }
            fs::rename(&temporary, &self.target).map_err(fail)
        });
        if written.is_err() {
            let _ = fs::remove_file(&temporary);
        }
        written
    }

    /// Writes `bytes` as the file.
    pub fn write(&self, bytes: &[u8]) -> Result<(), Message> {
        self.write_with(|out| (out.write_all(bytes)).map_err(|e| not_written(&self.named, e)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("losscape-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn writes_whole_files_and_keeps_the_replaced_files_permissions() {
        let dir = folder("write");
        let path = dir.join("a.txt");
        Destination::check(&path, ReadOnly::Refuse)
            .unwrap()
            .write(b"one")
            .unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"one");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&path, Permissions::from_mode(0o640)).unwrap();
            Destination::check(&path, ReadOnly::Refuse)
                .unwrap()
                .write(b"two")
                .unwrap();
            let mode = fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o640);
        }
        assert_eq!(fs::read(&path).unwrap(), b"two");
        // A failed write replaces nothing and leaves no temporary file.
        let failed = Destination::check(&path, ReadOnly::Refuse)
            .unwrap()
            .write_with(|_| Err(Message::new("path-cancelled")));
        assert_eq!(failed, Err(Message::new("path-cancelled")));
        assert_eq!(fs::read(&path).unwrap(), b"two");
        assert_eq!(fs::read_dir(&dir).unwrap().count(), 1);
    }

    #[test]
    fn a_read_only_file_is_replaced_only_when_the_user_says_so() {
        let dir = folder("read-only");
        let path = dir.join("kept.toml");
        fs::write(&path, b"old").unwrap();
        let mut permissions = fs::metadata(&path).unwrap().permissions();
        permissions.set_readonly(true);
        fs::set_permissions(&path, permissions).unwrap();
        let e = Destination::check(&path, ReadOnly::Refuse)
            .unwrap_err()
            .to_string();
        assert!(e.contains("read-only: not replaced"), "{e}");
        assert_eq!(fs::read(&path).unwrap(), b"old");
        Destination::check(&path, ReadOnly::Replace)
            .unwrap()
            .write(b"new")
            .unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        assert!(fs::metadata(&path).unwrap().permissions().readonly());
    }

    #[test]
    fn what_is_not_a_regular_file_is_refused_before_any_work() {
        let dir = folder("special");
        let e = Destination::check(&dir, ReadOnly::Refuse)
            .unwrap_err()
            .to_string();
        assert!(e.ends_with("is a folder: not written"), "{e}");
        #[cfg(unix)]
        {
            let e = (Destination::check(Path::new("/dev/null"), ReadOnly::Refuse))
                .unwrap_err()
                .to_string();
            assert_eq!(e, "/dev/null is a device: not written");
            let fifo = dir.join("pipe");
            let made = std::process::Command::new("mkfifo").arg(&fifo).status();
            if made.is_ok_and(|s| s.success()) {
                let e = Destination::check(&fifo, ReadOnly::Refuse)
                    .unwrap_err()
                    .to_string();
                assert!(e.ends_with("is a named pipe: not written"), "{e}");
            }
        }
        let e = (Destination::check(&dir.join("no/such/folder.png"), ReadOnly::Refuse))
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("cannot write"), "{e}");
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_is_followed_and_its_target_written() {
        let dir = folder("link");
        let target = dir.join("real.png");
        fs::write(&target, b"old").unwrap();
        let link = dir.join("link.png");
        std::os::unix::fs::symlink("real.png", &link).unwrap();
        Destination::check(&link, ReadOnly::Refuse)
            .unwrap()
            .write(b"new")
            .unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(&target).unwrap(), b"new");
        // A dangling link's target is created.
        let dangling = dir.join("dangling.png");
        std::os::unix::fs::symlink("made.png", &dangling).unwrap();
        Destination::check(&dangling, ReadOnly::Refuse)
            .unwrap()
            .write(b"made")
            .unwrap();
        assert_eq!(fs::read(dir.join("made.png")).unwrap(), b"made");
    }
}
