
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'rbdctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'rbdctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'rbdctl' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (before the subcommand; --user works anywhere)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Glance images: upload, download, remove, inspect')
            [CompletionResult]::new('volume', 'volume', [CompletionResultType]::ParameterValue, 'Cinder volumes: create, clone, snapshot, delete, extend, export')
            [CompletionResult]::new('mon', 'mon', [CompletionResultType]::ParameterValue, 'Monitors')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Effective settings and where each came from')
            [CompletionResult]::new('exit-codes', 'exit-codes', [CompletionResultType]::ParameterValue, 'Print the exit-code table: every code and error kind')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rbdctl;image' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload a file or stdin as a new image, snapshot it as "snap" and protect it')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download an image (whole, or a range) to a file or stdout, verifying its checksum')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Unprotect and remove "snap", then remove the image')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Size, layout, snapshots, checksums, parent and clones of an image')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the images of a pool')
            [CompletionResult]::new('gc', 'gc', [CompletionResultType]::ParameterValue, 'Remove uploads left incomplete (killed before their snapshot was protected)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check an image against its manifest: the OSDs checksum every object, no data moves')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rbdctl;image;upload' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Image id (Glance''s): the new image''s name [default: a new UUID]. Not the client: that is --user')
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Pool [default: images, Glance''s rbd_store_pool]')
            [CompletionResult]::new('--object-size', '--object-size', [CompletionResultType]::ParameterName, 'Object size, a power of two: Glance''s chunk size (--chunk-size is an alias) [default: 8MiB]')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Exact size of the stream: 10G, 512M, or a bare number of bytes; a mismatch is an error')
            [CompletionResult]::new('--hash', '--hash', [CompletionResultType]::ParameterName, 'Multihash stored beside md5 (Glance''s hashing_algorithm) [default: sha512]')
            [CompletionResult]::new('--features', '--features', [CompletionResultType]::ParameterName, 'RBD features, comma-separated [default: layering]')
            [CompletionResult]::new('--checksum', '--checksum', [CompletionResultType]::ParameterName, 'glance: md5 + multihash (Glance''s checksum and os_hash_value) and the manifest; none: the manifest only, as fast as rbd import [default: glance]')
            [CompletionResult]::new('--queue-depth', '--queue-depth', [CompletionResultType]::ParameterName, 'AIO requests in flight [default: 16]')
            [CompletionResult]::new('--disk-format', '--disk-format', [CompletionResultType]::ParameterName, 'What the data is (Glance''s disk_format); auto stores what the inspector finds. Data that contradicts it, or fails a safety check (a qcow2 backing or data file, a VMDK naming other files, QED), is refused before anything is written')
            [CompletionResult]::new('--convert', '--convert', [CompletionResultType]::ParameterName, 'Store the raw disk a qcow2 describes (Glance''s image conversion): zero and unallocated clusters are not written, checksums are over the raw bytes. From stdin the stream is first staged to a temporary file in $TMPDIR (qcow2 needs seeks)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rbdctl;image;download' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output file, or - for stdout [default: -]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output file, or - for stdout [default: -]')
            [CompletionResult]::new('--snap', '--snap', [CompletionResultType]::ParameterName, 'Snapshot of the image to use [default: snap, Glance''s]; for images made by other tools')
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Pool [default: images, Glance''s rbd_store_pool]')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'First byte to read')
            [CompletionResult]::new('--length', '--length', [CompletionResultType]::ParameterName, 'Bytes to read from --offset [default: to the end]')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'manifest: every object read against the image''s manifest (ranges too); glance: also md5 and the multihash of a whole image [default: manifest]')
            [CompletionResult]::new('--queue-depth', '--queue-depth', [CompletionResultType]::ParameterName, 'AIO requests in flight [default: 16]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing output file')
            [CompletionResult]::new('--no-verify', '--no-verify', [CompletionResultType]::ParameterName, 'Check nothing and compute no digest')
            [CompletionResult]::new('--allow-incomplete', '--allow-incomplete', [CompletionResultType]::ParameterName, 'Read an interrupted upload anyway')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rbdctl;image;rm' {
            [CompletionResult]::new('--snap', '--snap', [CompletionResultType]::ParameterName, 'Snapshot of the image to use [default: snap, Glance''s]; for images made by other tools')
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Pool [default: images, Glance''s rbd_store_pool]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'A missing image is a success (changed: false)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the steps without doing them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rbdctl;image;info' {
            [CompletionResult]::new('--snap', '--snap', [CompletionResultType]::ParameterName, 'Snapshot of the image to use [default: snap, Glance''s]; for images made by other tools')
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Pool [default: images, Glance''s rbd_store_pool]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rbdctl;image;ls' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Pool [default: images, Glance''s rbd_store_pool]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N rows')
            [CompletionResult]::new('--start-after', '--start-after', [CompletionResultType]::ParameterName, 'Start after this name (the last name of the previous page)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Rows only, for scripts')
            [CompletionResult]::new('--names', '--names', [CompletionResultType]::ParameterName, 'Names only, from the pool directory without opening any image (as cheap as `rbd ls`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rbdctl;image;gc' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Pool [default: images, Glance''s rbd_store_pool]')
            [CompletionResult]::new('--older-than', '--older-than', [CompletionResultType]::ParameterName, 'Only uploads started at least this long ago (e.g. 3600, 30m, 2h, 1d, 0 for all); an upload still open by its client is never touched [default: 1h]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be removed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rbdctl;image;verify' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Pool [default: images, Glance''s rbd_store_pool]')
            [CompletionResult]::new('--snap', '--snap', [CompletionResultType]::ParameterName, 'Snapshot of the image to use [default: snap, Glance''s]; for images made by other tools')
            [CompletionResult]::new('--queue-depth', '--queue-depth', [CompletionResultType]::ParameterName, 'Requests in flight [default: 16; OSD checksums: 4 x this]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('--deep', '--deep', [CompletionResultType]::ParameterName, 'Read every byte and also check md5 and the multihash')
            [CompletionResult]::new('--add-manifest', '--add-manifest', [CompletionResultType]::ParameterName, 'Without a manifest: compute one from the snapshot''s data and store it')
            [CompletionResult]::new('--allow-incomplete', '--allow-incomplete', [CompletionResultType]::ParameterName, 'Verify an interrupted upload anyway')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rbdctl;image;help' {
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload a file or stdin as a new image, snapshot it as "snap" and protect it')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download an image (whole, or a range) to a file or stdout, verifying its checksum')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Unprotect and remove "snap", then remove the image')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Size, layout, snapshots, checksums, parent and clones of an image')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the images of a pool')
            [CompletionResult]::new('gc', 'gc', [CompletionResultType]::ParameterValue, 'Remove uploads left incomplete (killed before their snapshot was protected)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check an image against its manifest: the OSDs checksum every object, no data moves')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rbdctl;image;help;upload' {
            break
        }
        'rbdctl;image;help;download' {
            break
        }
        'rbdctl;image;help;rm' {
            break
        }
        'rbdctl;image;help;info' {
            break
        }
        'rbdctl;image;help;ls' {
            break
        }
        'rbdctl;image;help;gc' {
            break
        }
        'rbdctl;image;help;verify' {
            break
        }
        'rbdctl;image;help;help' {
            break
        }
        'rbdctl;volume' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a volume: empty, or from a snapshot, a volume or an image')
            [CompletionResult]::new('clone', 'clone', [CompletionResultType]::ParameterValue, 'Clone a volume through a protected "<DEST>.clone_snap" snapshot')
            [CompletionResult]::new('flatten', 'flatten', [CompletionResultType]::ParameterValue, 'Copy the parent''s data into a clone and detach it')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a volume the way Cinder does')
            [CompletionResult]::new('snapshot', 'snapshot', [CompletionResultType]::ParameterValue, 'Volume snapshots')
            [CompletionResult]::new('extend', 'extend', [CompletionResultType]::ParameterValue, 'Grow a volume')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Size, layout, snapshots, parent and clones of a volume')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List volumes (hides *.deleted unless --all)')
            [CompletionResult]::new('tree', 'tree', [CompletionResultType]::ParameterValue, 'The clone lineage of a volume: up to the root, down to every clone')
            [CompletionResult]::new('connection-info', 'connection-info', [CompletionResultType]::ParameterValue, 'What Nova/libvirt need to attach the volume (Cinder''s initialize_connection)')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Pool capacity as Cinder reports it (get_volume_stats)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Stream a volume to a file or stdout (sparse, with progress)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Stream a file or stdin into a new volume (sparse, with progress)')
            [CompletionResult]::new('export-diff', 'export-diff', [CompletionResultType]::ParameterValue, 'Write a snapshot''s changes as an "rbd diff v1" stream (as rbd export-diff)')
            [CompletionResult]::new('import-diff', 'import-diff', [CompletionResultType]::ParameterValue, 'Apply an "rbd diff" v1 or v2 stream to a volume, validated first (as rbd import-diff)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Backups the way Cinder''s Ceph backup driver makes them: incremental, restorable')
            [CompletionResult]::new('trash', 'trash', [CompletionResultType]::ParameterValue, 'The pool''s RBD trash, filled by `volume rm --trash`: list, restore, purge')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rbdctl;volume;create' {
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Size: 10G, 10GiB, 512M, 1T (a bare number is bytes, and must be whole MiB)')
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Pool [default: rbd, Cinder''s rbd_pool]')
            [CompletionResult]::new('--object-size', '--object-size', [CompletionResultType]::ParameterName, 'Object size, a power of two (--chunk-size is an alias) [default: 4MiB, order 22]')
            [CompletionResult]::new('--features', '--features', [CompletionResultType]::ParameterName, 'RBD features, comma-separated [default: layering]')
            [CompletionResult]::new('--from-snapshot', '--from-snapshot', [CompletionResultType]::ParameterName, 'Clone this protected snapshot (VOL@SNAP)')
            [CompletionResult]::new('--from-volume', '--from-volume', [CompletionResultType]::ParameterName, 'Clone this volume (as `volume clone`)')
            [CompletionResult]::new('--from-image', '--from-image', [CompletionResultType]::ParameterName, 'COW-clone a Glance image location of this cluster, or copy it when that can''t be done')
            [CompletionResult]::new('--source-conf', '--source-conf', [CompletionResultType]::ParameterName, 'With --from-image: ceph.conf of the cluster holding the image, if not this one')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('--flatten', '--flatten', [CompletionResultType]::ParameterName, 'With --from-snapshot: flatten the new volume (rbd_flatten_volume_from_snapshot)')
            [CompletionResult]::new('--allow-incomplete', '--allow-incomplete', [CompletionResultType]::ParameterName, 'With --from-image: use an interrupted upload anyway')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'An existing volume of the same size is a success (changed: false)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rbdctl;volume;clone' {
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Grow the clone to this size (10G, 512M; a bare number is bytes) if larger than the source')
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Pool [default: rbd, Cinder''s rbd_pool]')
            [CompletionResult]::new('--max-clone-depth', '--max-clone-depth', [CompletionResultType]::ParameterName, 'At this clone depth the new clone is flattened; 0 = full copy [default: 5]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('--flatten-source', '--flatten-source', [CompletionResultType]::ParameterName, 'Cinder 2014 rule: at the maximum depth flatten the source instead of the clone')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the steps without doing them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rbdctl;volume;flatten' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Pool [default: rbd, Cinder''s rbd_pool]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rbdctl;volume;rm' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Pool [default: rbd, Cinder''s rbd_pool]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('--trash', '--trash', [CompletionResultType]::ParameterName, 'A volume with user snapshots: remove them and move the volume to the RBD trash instead of refusing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the steps without doing them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rbdctl;volume;snapshot' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create and protect a snapshot (Cinder''s create_snapshot)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Unprotect and remove a snapshot')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a volume''s snapshots')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rbdctl;volume;snapshot;create' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Pool [default: rbd, Cinder''s rbd_pool]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'An existing snapshot is a success (changed: false)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rbdctl;volume;snapshot;rm' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Pool [default: rbd, Cinder''s rbd_pool]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('--flatten-children', '--flatten-children', [CompletionResultType]::ParameterName, 'Flatten the snapshot''s clones first, instead of refusing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the steps without doing them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rbdctl;volume;snapshot;ls' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Pool [default: rbd, Cinder''s rbd_pool]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Rows only, for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rbdctl;volume;snapshot;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create and protect a snapshot (Cinder''s create_snapshot)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Unprotect and remove a snapshot')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a volume''s snapshots')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rbdctl;volume;snapshot;help;create' {
            break
        }
        'rbdctl;volume;snapshot;help;rm' {
            break
        }
        'rbdctl;volume;snapshot;help;ls' {
            break
        }
        'rbdctl;volume;snapshot;help;help' {
            break
        }
        'rbdctl;volume;extend' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Pool [default: rbd, Cinder''s rbd_pool]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('--allow-shrink', '--allow-shrink', [CompletionResultType]::ParameterName, 'Allow a smaller size (destroys the data beyond it)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rbdctl;volume;info' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Pool [default: rbd, Cinder''s rbd_pool]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rbdctl;volume;ls' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Pool [default: rbd, Cinder''s rbd_pool]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N rows')
            [CompletionResult]::new('--start-after', '--start-after', [CompletionResultType]::ParameterName, 'Start after this name (the last name of the previous page)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include volumes renamed *.deleted')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Rows only, for scripts')
            [CompletionResult]::new('--names', '--names', [CompletionResultType]::ParameterName, 'Names only, from the pool directory without opening any volume (as cheap as `rbd ls`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rbdctl;volume;tree' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Pool [default: rbd, Cinder''s rbd_pool]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rbdctl;volume;connection-info' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Pool [default: rbd, Cinder''s rbd_pool]')
            [CompletionResult]::new('--secret-uuid', '--secret-uuid', [CompletionResultType]::ParameterName, 'libvirt secret UUID [default: rbd_secret_uuid, else the cluster fsid]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rbdctl;volume;stats' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Pool [default: rbd, Cinder''s rbd_pool]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('--provisioned', '--provisioned', [CompletionResultType]::ParameterName, 'Also sum the volumes'' sizes (provisioned_capacity_gb): reads every volume of the pool')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rbdctl;volume;export' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output file, or - for stdout [default: -] (as `image download -o`)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output file, or - for stdout [default: -] (as `image download -o`)')
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Pool [default: rbd, Cinder''s rbd_pool]')
            [CompletionResult]::new('--queue-depth', '--queue-depth', [CompletionResultType]::ParameterName, 'AIO requests in flight [default: 16]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing output file')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rbdctl;volume;import' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Pool [default: rbd, Cinder''s rbd_pool]')
            [CompletionResult]::new('--object-size', '--object-size', [CompletionResultType]::ParameterName, 'Object size, a power of two (--chunk-size is an alias) [default: 4MiB]')
            [CompletionResult]::new('--disk-format', '--disk-format', [CompletionResultType]::ParameterName, 'What the file is (Glance''s disk_format); data that contradicts it, or fails a safety check, is refused. A qcow2 is converted to raw (from stdin: staged to a temporary file in $TMPDIR first, since qcow2 needs seeks)')
            [CompletionResult]::new('--queue-depth', '--queue-depth', [CompletionResultType]::ParameterName, 'AIO requests in flight [default: 16]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rbdctl;volume;export-diff' {
            [CompletionResult]::new('--from-snap', '--from-snap', [CompletionResultType]::ParameterName, 'Only the changes since this snapshot of the same volume')
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Pool [default: rbd, Cinder''s rbd_pool]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing output file')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rbdctl;volume;import-diff' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Pool [default: rbd, Cinder''s rbd_pool]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rbdctl;volume;backup' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Back a volume up: full, or incremental from the latest backup''s snapshot')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the backups in the backup pool (rbdctl''s and Cinder''s) with their chains')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a backup onto a volume (diff restore or full copy), then verify it')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a backup (Cinder''s delete; refused if an incremental depends on it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rbdctl;volume;backup;create' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The new backup''s id [default: a new UUID]')
            [CompletionResult]::new('--max-snapshots', '--max-snapshots', [CompletionResultType]::ParameterName, 'Keep at most N backup snapshots on the volume, 0 = all [default: 0]')
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Pool [default: rbd, Cinder''s rbd_pool]')
            [CompletionResult]::new('--backup-pool', '--backup-pool', [CompletionResultType]::ParameterName, 'The backup pool [default: backups]')
            [CompletionResult]::new('--backup-conf', '--backup-conf', [CompletionResultType]::ParameterName, 'ceph.conf of the cluster holding the backups, if not the volumes'' cluster')
            [CompletionResult]::new('--backup-user', '--backup-user', [CompletionResultType]::ParameterName, 'Client id for --backup-conf''s cluster [default: cinder]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('--incremental', '--incremental', [CompletionResultType]::ParameterName, 'Back up only the changes since the latest backup (full if there is none, or if its snapshot is gone from the volume)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rbdctl;volume;backup;ls' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Pool [default: rbd, Cinder''s rbd_pool]')
            [CompletionResult]::new('--backup-pool', '--backup-pool', [CompletionResultType]::ParameterName, 'The backup pool [default: backups]')
            [CompletionResult]::new('--backup-conf', '--backup-conf', [CompletionResultType]::ParameterName, 'ceph.conf of the cluster holding the backups, if not the volumes'' cluster')
            [CompletionResult]::new('--backup-user', '--backup-user', [CompletionResultType]::ParameterName, 'Client id for --backup-conf''s cluster [default: cinder]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Omit the header line')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rbdctl;volume;backup;restore' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The volume to restore onto')
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Pool [default: rbd, Cinder''s rbd_pool]')
            [CompletionResult]::new('--backup-pool', '--backup-pool', [CompletionResultType]::ParameterName, 'The backup pool [default: backups]')
            [CompletionResult]::new('--backup-conf', '--backup-conf', [CompletionResultType]::ParameterName, 'ceph.conf of the cluster holding the backups, if not the volumes'' cluster')
            [CompletionResult]::new('--backup-user', '--backup-user', [CompletionResultType]::ParameterName, 'Client id for --backup-conf''s cluster [default: cinder]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the target volume at the backup''s size')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rbdctl;volume;backup;rm' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Pool [default: rbd, Cinder''s rbd_pool]')
            [CompletionResult]::new('--backup-pool', '--backup-pool', [CompletionResultType]::ParameterName, 'The backup pool [default: backups]')
            [CompletionResult]::new('--backup-conf', '--backup-conf', [CompletionResultType]::ParameterName, 'ceph.conf of the cluster holding the backups, if not the volumes'' cluster')
            [CompletionResult]::new('--backup-user', '--backup-user', [CompletionResultType]::ParameterName, 'Client id for --backup-conf''s cluster [default: cinder]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('--cascade', '--cascade', [CompletionResultType]::ParameterName, 'Also remove the incrementals that depend on it')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rbdctl;volume;backup;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Back a volume up: full, or incremental from the latest backup''s snapshot')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the backups in the backup pool (rbdctl''s and Cinder''s) with their chains')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a backup onto a volume (diff restore or full copy), then verify it')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a backup (Cinder''s delete; refused if an incremental depends on it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rbdctl;volume;backup;help;create' {
            break
        }
        'rbdctl;volume;backup;help;ls' {
            break
        }
        'rbdctl;volume;backup;help;restore' {
            break
        }
        'rbdctl;volume;backup;help;rm' {
            break
        }
        'rbdctl;volume;backup;help;help' {
            break
        }
        'rbdctl;volume;trash' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the trash entries of the pool (as `rbd trash ls --all`)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Put a trash entry back as a volume')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Remove one entry now, or every entry whose deferment has ended (as `rbd trash purge`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rbdctl;volume;trash;ls' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Pool [default: rbd, Cinder''s rbd_pool]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Rows only, for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rbdctl;volume;trash;restore' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Restore under this name instead of the volume''s own')
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Pool [default: rbd, Cinder''s rbd_pool]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the step without doing it')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rbdctl;volume;trash;purge' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Pool [default: rbd, Cinder''s rbd_pool]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be removed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rbdctl;volume;trash;help' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the trash entries of the pool (as `rbd trash ls --all`)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Put a trash entry back as a volume')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Remove one entry now, or every entry whose deferment has ended (as `rbd trash purge`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rbdctl;volume;trash;help;ls' {
            break
        }
        'rbdctl;volume;trash;help;restore' {
            break
        }
        'rbdctl;volume;trash;help;purge' {
            break
        }
        'rbdctl;volume;trash;help;help' {
            break
        }
        'rbdctl;volume;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a volume: empty, or from a snapshot, a volume or an image')
            [CompletionResult]::new('clone', 'clone', [CompletionResultType]::ParameterValue, 'Clone a volume through a protected "<DEST>.clone_snap" snapshot')
            [CompletionResult]::new('flatten', 'flatten', [CompletionResultType]::ParameterValue, 'Copy the parent''s data into a clone and detach it')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a volume the way Cinder does')
            [CompletionResult]::new('snapshot', 'snapshot', [CompletionResultType]::ParameterValue, 'Volume snapshots')
            [CompletionResult]::new('extend', 'extend', [CompletionResultType]::ParameterValue, 'Grow a volume')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Size, layout, snapshots, parent and clones of a volume')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List volumes (hides *.deleted unless --all)')
            [CompletionResult]::new('tree', 'tree', [CompletionResultType]::ParameterValue, 'The clone lineage of a volume: up to the root, down to every clone')
            [CompletionResult]::new('connection-info', 'connection-info', [CompletionResultType]::ParameterValue, 'What Nova/libvirt need to attach the volume (Cinder''s initialize_connection)')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Pool capacity as Cinder reports it (get_volume_stats)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Stream a volume to a file or stdout (sparse, with progress)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Stream a file or stdin into a new volume (sparse, with progress)')
            [CompletionResult]::new('export-diff', 'export-diff', [CompletionResultType]::ParameterValue, 'Write a snapshot''s changes as an "rbd diff v1" stream (as rbd export-diff)')
            [CompletionResult]::new('import-diff', 'import-diff', [CompletionResultType]::ParameterValue, 'Apply an "rbd diff" v1 or v2 stream to a volume, validated first (as rbd import-diff)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Backups the way Cinder''s Ceph backup driver makes them: incremental, restorable')
            [CompletionResult]::new('trash', 'trash', [CompletionResultType]::ParameterValue, 'The pool''s RBD trash, filled by `volume rm --trash`: list, restore, purge')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rbdctl;volume;help;create' {
            break
        }
        'rbdctl;volume;help;clone' {
            break
        }
        'rbdctl;volume;help;flatten' {
            break
        }
        'rbdctl;volume;help;rm' {
            break
        }
        'rbdctl;volume;help;snapshot' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create and protect a snapshot (Cinder''s create_snapshot)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Unprotect and remove a snapshot')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a volume''s snapshots')
            break
        }
        'rbdctl;volume;help;snapshot;create' {
            break
        }
        'rbdctl;volume;help;snapshot;rm' {
            break
        }
        'rbdctl;volume;help;snapshot;ls' {
            break
        }
        'rbdctl;volume;help;extend' {
            break
        }
        'rbdctl;volume;help;info' {
            break
        }
        'rbdctl;volume;help;ls' {
            break
        }
        'rbdctl;volume;help;tree' {
            break
        }
        'rbdctl;volume;help;connection-info' {
            break
        }
        'rbdctl;volume;help;stats' {
            break
        }
        'rbdctl;volume;help;export' {
            break
        }
        'rbdctl;volume;help;import' {
            break
        }
        'rbdctl;volume;help;export-diff' {
            break
        }
        'rbdctl;volume;help;import-diff' {
            break
        }
        'rbdctl;volume;help;backup' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Back a volume up: full, or incremental from the latest backup''s snapshot')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the backups in the backup pool (rbdctl''s and Cinder''s) with their chains')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a backup onto a volume (diff restore or full copy), then verify it')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a backup (Cinder''s delete; refused if an incremental depends on it)')
            break
        }
        'rbdctl;volume;help;backup;create' {
            break
        }
        'rbdctl;volume;help;backup;ls' {
            break
        }
        'rbdctl;volume;help;backup;restore' {
            break
        }
        'rbdctl;volume;help;backup;rm' {
            break
        }
        'rbdctl;volume;help;trash' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the trash entries of the pool (as `rbd trash ls --all`)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Put a trash entry back as a volume')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Remove one entry now, or every entry whose deferment has ended (as `rbd trash purge`)')
            break
        }
        'rbdctl;volume;help;trash;ls' {
            break
        }
        'rbdctl;volume;help;trash;restore' {
            break
        }
        'rbdctl;volume;help;trash;purge' {
            break
        }
        'rbdctl;volume;help;help' {
            break
        }
        'rbdctl;mon' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('addrs', 'addrs', [CompletionResultType]::ParameterValue, 'Monitor hosts and ports from the monitor map')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rbdctl;mon;addrs' {
            [CompletionResult]::new('--prefer', '--prefer', [CompletionResultType]::ParameterName, 'Which messenger address to report when a monitor has both')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rbdctl;mon;help' {
            [CompletionResult]::new('addrs', 'addrs', [CompletionResultType]::ParameterValue, 'Monitor hosts and ports from the monitor map')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rbdctl;mon;help;addrs' {
            break
        }
        'rbdctl;mon;help;help' {
            break
        }
        'rbdctl;config' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every effective setting, its value and its source')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rbdctl;config;show' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rbdctl;config;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every effective setting, its value and its source')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rbdctl;config;help;show' {
            break
        }
        'rbdctl;config;help;help' {
            break
        }
        'rbdctl;exit-codes' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--conf', '--conf', [CompletionResultType]::ParameterName, 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Keyring file holding the client''s key (never pass a key itself)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster name, for the default conf and keyring paths')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to connect (retries included) and for each monitor command [default: 30]')
            [CompletionResult]::new('--op-timeout', '--op-timeout', [CompletionResultType]::ParameterName, 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]')
            [CompletionResult]::new('--retry-interval', '--retry-interval', [CompletionResultType]::ParameterName, 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)')
            [CompletionResult]::new('--glance-config', '--glance-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and chunk size from a glance-api.conf')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'With --glance-config: which store of enabled_backends (default: default_backend)')
            [CompletionResult]::new('--cinder-config', '--cinder-config', [CompletionResultType]::ParameterName, 'Read pool, user, conf and clone rules from a cinder.conf')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'With --cinder-config: which backend section (or volume_backend_name)')
            [CompletionResult]::new('--markdown', '--markdown', [CompletionResultType]::ParameterName, 'The README''s Markdown table (scripts/gen writes it)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or notes; results and errors only')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log steps to stderr (-vv details, -vvv everything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'rbdctl;help' {
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Glance images: upload, download, remove, inspect')
            [CompletionResult]::new('volume', 'volume', [CompletionResultType]::ParameterValue, 'Cinder volumes: create, clone, snapshot, delete, extend, export')
            [CompletionResult]::new('mon', 'mon', [CompletionResultType]::ParameterValue, 'Monitors')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Effective settings and where each came from')
            [CompletionResult]::new('exit-codes', 'exit-codes', [CompletionResultType]::ParameterValue, 'Print the exit-code table: every code and error kind')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rbdctl;help;image' {
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload a file or stdin as a new image, snapshot it as "snap" and protect it')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download an image (whole, or a range) to a file or stdout, verifying its checksum')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Unprotect and remove "snap", then remove the image')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Size, layout, snapshots, checksums, parent and clones of an image')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the images of a pool')
            [CompletionResult]::new('gc', 'gc', [CompletionResultType]::ParameterValue, 'Remove uploads left incomplete (killed before their snapshot was protected)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check an image against its manifest: the OSDs checksum every object, no data moves')
            break
        }
        'rbdctl;help;image;upload' {
            break
        }
        'rbdctl;help;image;download' {
            break
        }
        'rbdctl;help;image;rm' {
            break
        }
        'rbdctl;help;image;info' {
            break
        }
        'rbdctl;help;image;ls' {
            break
        }
        'rbdctl;help;image;gc' {
            break
        }
        'rbdctl;help;image;verify' {
            break
        }
        'rbdctl;help;volume' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a volume: empty, or from a snapshot, a volume or an image')
            [CompletionResult]::new('clone', 'clone', [CompletionResultType]::ParameterValue, 'Clone a volume through a protected "<DEST>.clone_snap" snapshot')
            [CompletionResult]::new('flatten', 'flatten', [CompletionResultType]::ParameterValue, 'Copy the parent''s data into a clone and detach it')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a volume the way Cinder does')
            [CompletionResult]::new('snapshot', 'snapshot', [CompletionResultType]::ParameterValue, 'Volume snapshots')
            [CompletionResult]::new('extend', 'extend', [CompletionResultType]::ParameterValue, 'Grow a volume')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Size, layout, snapshots, parent and clones of a volume')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List volumes (hides *.deleted unless --all)')
            [CompletionResult]::new('tree', 'tree', [CompletionResultType]::ParameterValue, 'The clone lineage of a volume: up to the root, down to every clone')
            [CompletionResult]::new('connection-info', 'connection-info', [CompletionResultType]::ParameterValue, 'What Nova/libvirt need to attach the volume (Cinder''s initialize_connection)')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Pool capacity as Cinder reports it (get_volume_stats)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Stream a volume to a file or stdout (sparse, with progress)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Stream a file or stdin into a new volume (sparse, with progress)')
            [CompletionResult]::new('export-diff', 'export-diff', [CompletionResultType]::ParameterValue, 'Write a snapshot''s changes as an "rbd diff v1" stream (as rbd export-diff)')
            [CompletionResult]::new('import-diff', 'import-diff', [CompletionResultType]::ParameterValue, 'Apply an "rbd diff" v1 or v2 stream to a volume, validated first (as rbd import-diff)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Backups the way Cinder''s Ceph backup driver makes them: incremental, restorable')
            [CompletionResult]::new('trash', 'trash', [CompletionResultType]::ParameterValue, 'The pool''s RBD trash, filled by `volume rm --trash`: list, restore, purge')
            break
        }
        'rbdctl;help;volume;create' {
            break
        }
        'rbdctl;help;volume;clone' {
            break
        }
        'rbdctl;help;volume;flatten' {
            break
        }
        'rbdctl;help;volume;rm' {
            break
        }
        'rbdctl;help;volume;snapshot' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create and protect a snapshot (Cinder''s create_snapshot)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Unprotect and remove a snapshot')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a volume''s snapshots')
            break
        }
        'rbdctl;help;volume;snapshot;create' {
            break
        }
        'rbdctl;help;volume;snapshot;rm' {
            break
        }
        'rbdctl;help;volume;snapshot;ls' {
            break
        }
        'rbdctl;help;volume;extend' {
            break
        }
        'rbdctl;help;volume;info' {
            break
        }
        'rbdctl;help;volume;ls' {
            break
        }
        'rbdctl;help;volume;tree' {
            break
        }
        'rbdctl;help;volume;connection-info' {
            break
        }
        'rbdctl;help;volume;stats' {
            break
        }
        'rbdctl;help;volume;export' {
            break
        }
        'rbdctl;help;volume;import' {
            break
        }
        'rbdctl;help;volume;export-diff' {
            break
        }
        'rbdctl;help;volume;import-diff' {
            break
        }
        'rbdctl;help;volume;backup' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Back a volume up: full, or incremental from the latest backup''s snapshot')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the backups in the backup pool (rbdctl''s and Cinder''s) with their chains')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a backup onto a volume (diff restore or full copy), then verify it')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a backup (Cinder''s delete; refused if an incremental depends on it)')
            break
        }
        'rbdctl;help;volume;backup;create' {
            break
        }
        'rbdctl;help;volume;backup;ls' {
            break
        }
        'rbdctl;help;volume;backup;restore' {
            break
        }
        'rbdctl;help;volume;backup;rm' {
            break
        }
        'rbdctl;help;volume;trash' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the trash entries of the pool (as `rbd trash ls --all`)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Put a trash entry back as a volume')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Remove one entry now, or every entry whose deferment has ended (as `rbd trash purge`)')
            break
        }
        'rbdctl;help;volume;trash;ls' {
            break
        }
        'rbdctl;help;volume;trash;restore' {
            break
        }
        'rbdctl;help;volume;trash;purge' {
            break
        }
        'rbdctl;help;mon' {
            [CompletionResult]::new('addrs', 'addrs', [CompletionResultType]::ParameterValue, 'Monitor hosts and ports from the monitor map')
            break
        }
        'rbdctl;help;mon;addrs' {
            break
        }
        'rbdctl;help;config' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every effective setting, its value and its source')
            break
        }
        'rbdctl;help;config;show' {
            break
        }
        'rbdctl;help;exit-codes' {
            break
        }
        'rbdctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
