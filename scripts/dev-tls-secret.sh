#!/usr/bin/env bash
# Makes a throwaway CA and a server certificate with openssl and stores the server's in a
# kubernetes.io/tls Secret (tls.crt, tls.key, plus ca.crt) for lbTlsSecret; the keys never enter
# Pulumi state. For dev/test clusters without cert-manager (see docs/https.md). Creates the
# namespace if it is missing. Writes the CA certificate to OUT_DIR/ca.crt for clients to trust;
# the CA key is deleted at the end (nothing else can be signed with it).
#   scripts/dev-tls-secret.sh NAMESPACE SECRET OUT_DIR HOST [HOST...]   (HOST: DNS name or IP)
# kubectl uses KUBECONFIG as usual.
set -euo pipefail
if (($# < 4)); then
  echo "usage: $0 NAMESPACE SECRET OUT_DIR HOST [HOST...]" >&2
  exit 2
fi
namespace=$1 secret=$2 out=$3
shift 3
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

san=""
for host in "$@"; do
  if [[ $host =~ ^[0-9.]+$ || $host == *:* ]]; then san+="IP:$host,"; else san+="DNS:$host,"; fi
done
san=${san%,}

ec=(-newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes)
openssl req -x509 "${ec[@]}" -days 365 -subj "/O=stateful-app/CN=$namespace dev CA" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
  -keyout "$work/ca.key" -out "$out/ca.crt" 2>/dev/null
openssl req "${ec[@]}" -subj "/O=stateful-app/CN=$1" -keyout "$work/tls.key" -out "$work/tls.csr" \
  2>/dev/null
printf 'subjectAltName=%s\nextendedKeyUsage=serverAuth\nkeyUsage=critical,digitalSignature\n' \
  "$san" > "$work/ext"
openssl x509 -req -in "$work/tls.csr" -CA "$out/ca.crt" -CAkey "$work/ca.key" -days 90 \
  -extfile "$work/ext" -out "$work/tls.crt" 2>/dev/null

kubectl get namespace "$namespace" >/dev/null 2>&1 || kubectl create namespace "$namespace" >/dev/null
# apply (not create): rerunning the script rotates the certificate in place; the load balancer
# reloads it within a minute, without a restart.
kubectl create secret tls "$secret" -n "$namespace" --cert "$work/tls.crt" --key "$work/tls.key" \
  --dry-run=client -o yaml | kubectl apply -f - >/dev/null
kubectl patch secret "$secret" -n "$namespace" --type merge \
  -p "{\"data\":{\"ca.crt\":\"$(base64 -w0 < "$out/ca.crt")\"}}" >/dev/null
echo "Secret $namespace/$secret holds a certificate for $*; trust $out/ca.crt"
