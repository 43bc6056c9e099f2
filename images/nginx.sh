#!/usr/bin/env bash
# Run the nginx of the local image stateful-app.local/nginx-debian (images/build.sh) on this
# machine: the very binary, libraries and mime.types the pods run, chrooted into the image's root
# filesystem (read-only, as in the pods) inside a private mount namespace that vanishes with it.
#   images/nginx.sh [--work DIR] [--hosts FILE] [--] NGINX_ARGS...
#     --work DIR    writable host dir mounted at /tmp (configs, pid and temp files go there)
#     --hosts FILE  host file mounted at /etc/hosts (names nginx resolves at load time)
# Example: images/nginx.sh --work "$d" --hosts "$d/hosts" -- -t -q -c /tmp/nginx.conf
# Builds the image if it is missing (see images/build.sh). Needs root (chroot, mounts).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

work="" hosts=""
while [[ $# -gt 0 ]]; do
  case $1 in
    --work) work=$(realpath "$2"); shift 2 ;;
    --hosts) hosts=$(realpath "$2"); shift 2 ;;
    --) shift; break ;;
    *) break ;;
  esac
done
rootfs="$("$here/build.sh" --dir nginx)/rootfs"

# Runs in the new namespace: a read-only bind of the rootfs, then /dev, /proc and the given files.
# shellcheck disable=SC2016  # expanded by the inner shell
script='set -e
root=$ROOTFS
mount --bind "$root" "$root"
mount -o remount,bind,ro "$root"
mount --rbind /dev "$root/dev"
mount -t proc proc "$root/proc"
[ -z "$WORK" ] || mount --bind "$WORK" "$root/tmp"
[ -z "$HOSTS" ] || mount --bind "$HOSTS" "$root/etc/hosts"
exec chroot "$root" /usr/sbin/nginx "$@"'
ROOTFS=$rootfs WORK=$work HOSTS=$hosts exec unshare --mount --propagation private sh -c "$script" nginx "$@"
