# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
## Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
!# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
/# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
u# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
/# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
b# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
/# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
v# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
b# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
h# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null

# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
## Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
I# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
h# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
G# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
w# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
y# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
A# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
P# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
I# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
C# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
R# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
D# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
(# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
h# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
f# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
g# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
.# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
k# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
8# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
.# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
/# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
g# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
w# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
y# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
-# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
p# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
$# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
G# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
A# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
T# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
E# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
W# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
A# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
Y# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
_# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
A# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
P# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
I# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
_# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
V# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
E# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
R# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
S# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
I# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
O# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
N# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
,# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null

# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
## Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
p# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
f# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
m# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
h# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
G# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
m# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
u# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
h# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
h# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
h# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
b# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
y# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
h# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
/# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
b# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
u# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
-# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
.# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
h# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
)# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
h# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null

# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
## Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
u# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
,# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
h# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
A# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
P# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
I# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
v# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
v# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
G# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
w# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
y# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
/# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
H# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
T# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
T# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
P# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
R# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
u# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
b# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
j# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
g# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
h# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
h# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
m# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
.# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null

# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
## Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
N# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
G# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
w# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
y# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
u# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
h# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
:# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
u# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
h# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
b# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
j# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
p# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
(# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
j# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
)# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
,# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
v# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
u# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
.# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null

# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
## Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
u# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
/# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
u# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
p# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
.# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
h# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
u# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
v# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
y# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
w# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
u# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
;# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
m# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
p# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
(# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
u# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
g# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
:# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
b# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
h# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
u# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
/# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
g# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
w# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
y# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
-# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
p# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
.# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
h# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
)# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
.# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null

# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
-# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
u# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
p# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
p# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
f# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null

# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null

# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
## Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
h# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
h# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
k# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
u# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
=# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
S# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
C# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
R# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
I# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
P# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
T# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
D# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
I# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
R# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
/# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
m# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
m# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
.# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
h# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null

# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
.# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
"# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
$# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
(# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
m# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
"# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
$# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
{# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
B# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
A# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
S# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
H# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
_# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
S# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
O# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
U# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
R# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
C# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
E# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
[# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
0# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
]# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
}# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
"# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
)# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
/# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
m# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
m# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
.# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
h# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
"# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null

# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
=# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
"# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
$# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
T# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
O# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
O# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
L# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
C# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
H# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
A# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
I# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
N# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
_# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
C# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
A# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
C# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
H# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
E# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
/# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
g# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
w# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
y# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
-# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
p# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
-# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
$# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
G# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
A# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
T# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
E# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
W# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
A# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
Y# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
_# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
A# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
P# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
I# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
_# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
V# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
E# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
R# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
S# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
I# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
O# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
N# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
/# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
"# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null

# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
[# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
[# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
-# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
$# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
]# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
]# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
|# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
|# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
{# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
h# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
"# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
[# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
g# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
w# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
y# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
-# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
p# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
]# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
m# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
g# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
$# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
:# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
u# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
h# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
/# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
b# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
u# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
-# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
.# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
h# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
g# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
w# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
y# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
-# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
p# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
"# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
># Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
&# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
2# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
;# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
x# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
1# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
;# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
}# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null

# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
## Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
S# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
v# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
-# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
:# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
h# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
C# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
R# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
D# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
g# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
f# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
-# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
p# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
p# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
y# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
'# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
-# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
p# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
p# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
.# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null

# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
k# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
u# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
b# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
p# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
p# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
y# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
-# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
-# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
v# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
-# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
-# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
-# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
f# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
-# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
m# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
g# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
=# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
f# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
u# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
-# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
p# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
p# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
-# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
f# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
"# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
$# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
"# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
># Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
/# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
v# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
/# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
u# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null

# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
k# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
u# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
b# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
w# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
-# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
-# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
f# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
=# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
=# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
E# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
b# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
h# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
-# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
-# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
m# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
u# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
=# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
6# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
0# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
\# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null

# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
$# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
(# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
-# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
'# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
/# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
^# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
m# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
:# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
\# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
(# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
.# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
*# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
\# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
.# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
g# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
w# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
y# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
\# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
.# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
w# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
k# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
g# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
\# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
.# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
k# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
8# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
\# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
.# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
\# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
)# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
$# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
/# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
\# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
/# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
\# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
1# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
/# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
p# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
'# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
"# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
$# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
"# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
/# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
*# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
.# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
y# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
m# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
)# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
># Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
/# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
v# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
/# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
u# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null

# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
h# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
o# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
"# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
[# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
g# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
w# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
y# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
-# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
p# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
]# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
G# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
w# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
y# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
A# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
P# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
I# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
$# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
G# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
A# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
T# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
E# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
W# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
A# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
Y# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
_# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
A# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
P# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
I# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
_# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
V# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
E# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
R# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
S# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
I# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
O# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
N# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
C# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
R# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
D# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
(# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
r# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
c# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
h# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
)# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
i# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
n# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
s# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
t# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
a# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
l# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
e# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
d# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
"# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
 # Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
># Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
&# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
2# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null

# Every CustomResourceDefinition's name (one per file; the other file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
