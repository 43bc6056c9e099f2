#!/usr/bin/env bash
# Build the container images the real node runs, from Debian packages and Kubernetes' own source,
# under honest names (never retagged as an upstream image):
#   stateful-app.local/nginx-debian:<nginx version>  Debian $NGINX_DEBIAN_SUITE's nginx binary, the
#       libraries its loader lists, /etc/nginx/mime.types and busybox-static's applets (sh, cp, ...
#       for init containers). Every file belongs to root and is world-readable, so the image runs
#       as any uid with a read-only root filesystem and a writable /tmp.
#   stateful-app.local/pause:<version>  build/pause/linux/pause.c from the k8s.io/kubernetes module
#       zip of $KUBERNETES_VERSION, gcc -static.
# Each lands in $IMAGE_CACHE/<name>-<version>/ (outside the repo): rootfs/, image.tar (OCI
# archive for `ctr images import`) and ref (name:tag@sha256:digest). Cached: with a built image
# present nothing is downloaded (NGINX_REFRESH=1 looks for a newer Debian nginx).
#   stateful-app.local/guestbook:<apps/guestbook/VERSION>  the guestbook app on Debian's python3 and
#       the pinned pymongo wheel (see build_guestbook).
# Usage: images/build.sh [nginx|pause|guestbook ...]   (default: nginx and pause)
#        images/build.sh --ref nginx|pause   (prints the ref of the built image, builds if missing)
#        images/build.sh --dir nginx|pause   (prints the image's cache dir, builds if missing)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=SCRIPTDIR/../toolchain/env.sh
. "$here/../toolchain/env.sh"
export IMAGE_CACHE="${IMAGE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/stateful-app-images}"
REGISTRY=stateful-app.local
NGINX_DEBIAN_SUITE="${NGINX_DEBIAN_SUITE:-forky}"

# shellcheck source=SCRIPTDIR/../toolchain/log.sh
. "$here/../toolchain/log.sh"
LOG_TAG=images

# apt-get against a private state dir holding only $NGINX_DEBIAN_SUITE: the host's apt is untouched.
apt_dir="$IMAGE_CACHE/apt-$NGINX_DEBIAN_SUITE"
suite_apt() { # suite_apt apt-get|apt-cache ARGS...
  "$1" -q -o Dir="$apt_dir" -o Dir::State::status="$apt_dir/status" -o Debug::NoLocking=1 \
    -o APT::Architecture=amd64 -o APT::Sandbox::User=root -o Acquire::Languages=none \
    -o Acquire::IndexTargets::deb::DEP-11::DefaultEnabled=false \
    -o Acquire::IndexTargets::deb::DEP-11-icons::DefaultEnabled=false \
    -o Acquire::IndexTargets::deb::DEP-11-icons-small::DefaultEnabled=false "${@:2}"
}

# The built image's dir for NAME (nginx|pause), from its pointer file; empty if none is built.
current() {
  local pointer="$IMAGE_CACHE/$1.current"
  [[ -f $pointer && -f $IMAGE_CACHE/$(cat "$pointer")/.done ]] && echo "$IMAGE_CACHE/$(cat "$pointer")"
  return 0
}

# pack DIR NAME TAG EPOCH RUNTIME_JSON: rootfs -> image.tar + ref, then marks DIR done.
pack() {
  local dir=$1 name=$2 tag=$3 digest
  digest=$(python3 "$here/oci.py" "$dir/rootfs" "$dir/image.tar" "$REGISTRY/$name:$tag" "$4" "$5")
  echo "$REGISTRY/$name:$tag@$digest" >"$dir/ref"
  touch "$dir/.done"
  log "$(cat "$dir/ref") ($(du -sh "$dir/image.tar" | cut -f1) archive)"
}

# The private apt state with a fresh index of $NGINX_DEBIAN_SUITE, against an empty system.
suite_index() {
  mkdir -p "$apt_dir"/var/lib/apt/lists/partial "$apt_dir"/var/cache/apt/archives/partial \
    "$apt_dir"/etc/apt/sources.list.d "$apt_dir"/etc/apt/preferences.d "$apt_dir"/etc/apt/apt.conf.d
  : >"$apt_dir/status"
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian \
$NGINX_DEBIAN_SUITE main" >"$apt_dir/etc/apt/sources.list"
  log "reading Debian $NGINX_DEBIAN_SUITE's package index"
  suite_apt apt-get update >/dev/null
}

build_nginx() {
  local start=$SECONDS debver version dir staging rootfs lib applet
  [[ -n $(current nginx) && -z ${NGINX_REFRESH:-} ]] && return 0
  suite_index
  debver=$(suite_apt apt-cache show nginx 2>/dev/null | awk '/^Version: / && !v {v = $2} END {print v}')
  [[ -n $debver ]] || die "Debian $NGINX_DEBIAN_SUITE has no nginx package"
  version=${debver%%-*}
  version=${version#*:}
  dir="$IMAGE_CACHE/nginx-debian-$debver"
  if [[ ! -f $dir/.done ]]; then
    log "nginx: building $REGISTRY/nginx-debian:$version from Debian $NGINX_DEBIAN_SUITE nginx $debver"
    rm -rf "$dir" && mkdir -p "$dir"
    # The dependency closure of nginx (resolved by apt against an empty system) and busybox-static.
    suite_apt apt-get install --download-only --no-install-recommends -y \
      "nginx=$debver" busybox-static >/dev/null
    staging="$dir/staging"
    mkdir -p "$staging"
    for deb in "$apt_dir"/var/cache/apt/archives/*.deb; do dpkg-deb -x "$deb" "$staging"; done
    for link in bin sbin lib lib64; do [[ -e $staging/$link ]] || ln -s "usr/$link" "$staging/$link"; done

    rootfs="$dir/rootfs"
    mkdir -p "$rootfs"/usr/{bin,sbin,lib/x86_64-linux-gnu,lib64} "$rootfs"/etc/nginx/app \
      "$rootfs"/var/log/nginx "$rootfs"/var/lib/nginx "$rootfs"/run "$rootfs"/tmp \
      "$rootfs"/usr/share/doc "$rootfs"/proc "$rootfs"/sys "$rootfs"/dev
    chmod 1777 "$rootfs/tmp"
    for link in bin sbin lib lib64; do ln -s "usr/$link" "$rootfs/$link"; done
    cp -p "$staging/usr/sbin/nginx" "$rootfs/usr/sbin/nginx"
    cp "$staging/etc/nginx/mime.types" "$rootfs/etc/nginx/mime.types"
    # The libraries the dynamic loader resolves inside the staging tree (none from the host).
    while read -r lib; do
      [[ $lib == /* ]] || die "nginx: a library is missing from the package closure: $lib"
      cp -L "$staging$lib" "$rootfs$lib"
    done < <(chroot "$staging" /lib64/ld-linux-x86-64.so.2 --list /usr/sbin/nginx |
      awk '/=> not found/ {print $1; next} /=>/ {print $3; next} $1 ~ /^\// {print $1}')
    ln -sf ../lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 "$rootfs/usr/lib64/ld-linux-x86-64.so.2"
    [[ -f $rootfs/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 ]] ||
      cp -L "$staging/usr/lib64/ld-linux-x86-64.so.2" "$rootfs/usr/lib/x86_64-linux-gnu/"
    cp "$staging/usr/bin/busybox" "$rootfs/usr/bin/busybox"
    for applet in $("$rootfs/usr/bin/busybox" --list); do
      [[ -e $rootfs/usr/bin/$applet || -e $rootfs/usr/sbin/$applet ]] || ln -s busybox "$rootfs/usr/bin/$applet"
    done
    for pkg in nginx nginx-common libc6 libcrypt1 libpcre2-8-0 libssl3t64 zlib1g libzstd1 busybox-static; do
      [[ -f $staging/usr/share/doc/$pkg/copyright ]] &&
        install -D -m 644 "$staging/usr/share/doc/$pkg/copyright" "$rootfs/usr/share/doc/$pkg/copyright"
    done
    # uid 101 is the nginx user of the unprivileged images; any other uid works as well (nothing
    # in the image is owned by or writable for a specific uid).
    printf 'root:x:0:0:root:/root:/bin/sh\nnginx:x:101:101:nginx:/nonexistent:/bin/false\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' \
      >"$rootfs/etc/passwd"
    printf 'root:x:0:\nnginx:x:101:\nnogroup:x:65534:\n' >"$rootfs/etc/group"
    printf 'passwd: files\ngroup: files\nhosts: files dns\n' >"$rootfs/etc/nsswitch.conf"
    : >"$rootfs/etc/hosts"
    : >"$rootfs/etc/resolv.conf"
    ln -s /dev/stderr "$rootfs/var/log/nginx/error.log"
    ln -s /dev/stdout "$rootfs/var/log/nginx/access.log"
    echo "nginx $debver from Debian $NGINX_DEBIAN_SUITE, built by stateful-app images/build.sh" \
      >"$rootfs/etc/nginx/IMAGE"
    [[ $(chroot "$rootfs" /usr/sbin/nginx -v 2>&1) == *"nginx/$version"* ]] || die "nginx: the image's nginx does not run"
    rm -rf "$staging" "$apt_dir"/var/cache/apt/archives/*.deb
    pack "$dir" nginx-debian "$version" "$(stat -c %Y "$rootfs/usr/sbin/nginx")" \
      '{"User":"101","Entrypoint":["/usr/sbin/nginx"],"Cmd":["-g","daemon off;"],"Env":["PATH=/usr/sbin:/usr/bin"],"StopSignal":"SIGQUIT","Labels":{"org.opencontainers.image.description":"nginx '"$debver"' from Debian '"$NGINX_DEBIAN_SUITE"' (stateful-app images/build.sh)"}}'
    log "nginx: built in $((SECONDS - start))s"
  fi
  basename "$dir" >"$IMAGE_CACHE/nginx.current"
}

build_pause() {
  local start=$SECONDS src tag dir rootfs
  [[ -n $(current pause) ]] && grep -q "^$KUBERNETES_VERSION\$" "$(current pause)/kubernetes" 2>/dev/null && return 0
  src=$(cd / && GOFLAGS='' go mod download -json "k8s.io/kubernetes@v$KUBERNETES_VERSION" |
    sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')/build/pause
  [[ -f $src/linux/pause.c ]] || die "pause: no build/pause/linux/pause.c in k8s.io/kubernetes v$KUBERNETES_VERSION"
  tag=$(sed -n 's/^TAG ?= *//p' "$src/Makefile")
  [[ -n $tag ]] || die "pause: no TAG in $src/Makefile"
  dir="$IMAGE_CACHE/pause-$tag"
  if [[ ! -f $dir/.done ]]; then
    command -v gcc >/dev/null || die "pause: gcc is missing (apt-get install gcc libc6-dev)"
    rm -rf "$dir" && mkdir -p "$dir/rootfs"
    gcc -Os -Wall -Werror -static -DVERSION="v$tag-stateful-app" -o "$dir/rootfs/pause" "$src/linux/pause.c"
    strip "$dir/rootfs/pause"
    echo "$KUBERNETES_VERSION" >"$dir/kubernetes"
    pack "$dir" pause "$tag" "$(stat -c %Y "$src/linux/pause.c")" \
      '{"User":"65535:65535","Entrypoint":["/pause"],"Labels":{"org.opencontainers.image.description":"Kubernetes v'"$KUBERNETES_VERSION"' build/pause/linux/pause.c, gcc -static (stateful-app images/build.sh)"}}'
    log "pause: built in $((SECONDS - start))s"
  fi
  basename "$dir" >"$IMAGE_CACHE/pause.current"
}

# The guestbook app (apps/guestbook): Debian $NGINX_DEBIAN_SUITE's python3 (the package closure,
# extracted without maintainer scripts, bytecode compiled with unchecked hashes so the read-only
# root never needs a write), the pinned pymongo wheel and its dependencies from PyPI, the app.
build_guestbook() {
  local start=$SECONDS app="$here/../apps/guestbook" version key dir rootfs py wheels
  version=$(cat "$app/VERSION")
  key=$(cat "$app/guestbook.py" "$app/requirements.txt" "$app/VERSION" "${BASH_SOURCE[0]}" | sha256sum | cut -c1-12)
  dir="$IMAGE_CACHE/guestbook-$version-$key"
  if [[ ! -f $dir/.done ]]; then
    log "guestbook: building $REGISTRY/guestbook:$version from Debian $NGINX_DEBIAN_SUITE python3 and wheels"
    suite_index
    rm -rf "$dir" && mkdir -p "$dir"
    suite_apt apt-get install --download-only --no-install-recommends -y python3 >/dev/null
    rootfs="$dir/rootfs"
    mkdir -p "$rootfs"
    for deb in "$apt_dir"/var/cache/apt/archives/*.deb; do dpkg-deb -x "$deb" "$rootfs"; done
    rm -f "$apt_dir"/var/cache/apt/archives/*.deb
    for link in bin sbin lib lib64; do [[ -e $rootfs/$link ]] || ln -s "usr/$link" "$rootfs/$link"; done
    py=$(chroot "$rootfs" /usr/bin/python3 -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    wheels="$IMAGE_CACHE/wheels-cp${py/./}"
    python3 -m pip download -q --disable-pip-version-check --only-binary=:all: --implementation cp \
      --python-version "$py" --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 \
      -r "$app/requirements.txt" -d "$wheels"
    mkdir -p "$rootfs/usr/lib/python3/dist-packages" "$rootfs/app" "$rootfs/tmp" "$rootfs/proc" "$rootfs/dev"
    chmod 1777 "$rootfs/tmp"
    for wheel in "$wheels"/*.whl; do
      python3 -m zipfile -e "$wheel" "$rootfs/usr/lib/python3/dist-packages"
    done
    install -m 644 "$app/guestbook.py" "$rootfs/app/guestbook.py"
    printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' >"$rootfs/etc/passwd"
    printf 'root:x:0:\nnogroup:x:65534:\n' >"$rootfs/etc/group"
    printf 'passwd: files\ngroup: files\nhosts: files dns\n' >"$rootfs/etc/nsswitch.conf"
    : >"$rootfs/etc/hosts"
    : >"$rootfs/etc/resolv.conf"
    chroot "$rootfs" /usr/bin/python3 -m compileall -q --invalidation-mode unchecked-hash \
      "/usr/lib/python$py" /usr/lib/python3/dist-packages /app >/dev/null
    chroot "$rootfs" /usr/bin/python3 -c 'import sys; sys.path.insert(0, "/app"); import guestbook, pymongo' ||
      die "guestbook: the image's python cannot import the app"
    rm -rf "$rootfs/usr/share/doc"/*/changelog* "$rootfs/usr/share/man" "$rootfs/var/cache/debconf"
    pack "$dir" guestbook "$version" "$(stat -c %Y "$app/guestbook.py")" \
      '{"User":"10101:10101","Entrypoint":["/usr/bin/python3","/app/guestbook.py"],"Env":["PATH=/usr/bin","PYTHONDONTWRITEBYTECODE=1","PYTHONUNBUFFERED=1","PORT=8080"],"ExposedPorts":{"8080/tcp":{}},"Labels":{"org.opencontainers.image.description":"guestbook '"$version"' (apps/guestbook) on Debian '"$NGINX_DEBIAN_SUITE"' python'"$py"' (stateful-app images/build.sh)"}}'
    log "guestbook: built in $((SECONDS - start))s"
  fi
  basename "$dir" >"$IMAGE_CACHE/guestbook.current"
}

build() {
  case $1 in
    nginx) build_nginx ;;
    pause) build_pause ;;
    guestbook) build_guestbook ;;
    *) die "unknown image '$1' (expected nginx, pause or guestbook)" ;;
  esac
}

mkdir -p "$IMAGE_CACHE"
case ${1:-} in
  --ref | --dir)
    [[ $# -eq 2 ]] || die "usage: $0 $1 nginx|pause|guestbook"
    build "$2"
    if [[ $1 == --ref ]]; then cat "$(current "$2")/ref"; else current "$2"; fi
    ;;
  *)
    images=("$@")
    [[ ${#images[@]} -gt 0 ]] || images=(nginx pause)
    for image in "${images[@]}"; do build "$image"; done
    ;;
esac
