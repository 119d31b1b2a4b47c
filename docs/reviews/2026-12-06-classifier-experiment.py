# Leave-families-out experiment: can a bag-of-n-grams classifier, trained on the labelled conduct data of
# earlier families, flag the unpublishable replies of later families that the phrase gate misses, without
# failing their publishable replies?
import json, glob, os, re, unicodedata, sys
import numpy as np
import zlib
def hash(t): return zlib.crc32(repr(t).encode())
from scipy import sparse
from scipy.optimize import minimize

# Run from the repository's root: python3 docs/reviews/2026-12-06-classifier-experiment.py [FAMILIES]
# (Python 3 with numpy, scipy and PyYAML; not part of the product or of its tests.)
import yaml
A = 'tests/fixtures/grader/adversarial/'
# The gate's disagreements with the labels, as the ratchet records them: "<id> conduct".
KNOWN = {m.split()[0] for m in yaml.safe_load(open('tests/fixtures/grader/known-misses.yaml'))['exerciseAdversarial'] if m.endswith(' conduct')}
def fam_of(i):
    m = re.match(r'([A-Z]+)\d', i); return m.group(1) if m else '?'
rows = []
for f in sorted(glob.glob(A + '*-expected.jsonl')):
    rf = f.replace('expected', 'replies'); setname = os.path.basename(rf)
    reps = {json.loads(l)['id']: json.loads(l) for l in open(rf) if l.strip()}
    for l in open(f):
        if not l.strip(): continue
        e = json.loads(l); r = reps[e['id']]
        y = 1 if e['conduct'] == 'fail' else 0
        gate = (y == 1) != (e['id'] in KNOWN)  # the gate fails the reply
        rows.append(dict(id=e['id'], fam=fam_of(e['id']), y=y, text=r['reply'], gate=gate))
for x in json.load(open('tests/fixtures/grader/lookalikes.json')):
    rows.append(dict(id=x['id'], fam='LA', y=0, text=x['reply'], gate=None))

def fold(t):
    t = unicodedata.normalize('NFD', t.lower()); t = ''.join(c for c in t if unicodedata.category(c) != 'Mn')
    return t
D = 1 << 18
def feats(t):
    t = fold(t); w = re.findall(r"[\w']+|[^\w\s]", t)
    out = {}
    for n in (1, 2, 3):
        for i in range(len(w) - n + 1):
            h = hash(('w', n) + tuple(w[i:i+n])) % D; out[h] = 1.0
    s = ' ' + re.sub(r'\s+', ' ', t) + ' '
    for n in (3, 4, 5):
        for i in range(len(s) - n + 1):
            h = hash(('c', s[i:i+n])) % D; out[h] = 1.0
    return out
def matrix(rs):
    data, ri, ci = [], [], []
    for k, r in enumerate(rs):
        f = feats(r['text']); n = len(f) ** 0.5
        for h in f: ri.append(k); ci.append(h); data.append(1.0 / n)
    return sparse.csr_matrix((data, (ri, ci)), shape=(len(rs), D))
def train(X, y, lam=1.0, wpos=1.0):
    sw = np.where(y == 1, wpos, 1.0)
    def f(w):
        z = X @ w[:-1] + w[-1]; p = 1 / (1 + np.exp(-z))
        loss = -np.sum(sw * (y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12))) + lam / 2 * w[:-1] @ w[:-1]
        g = X.T @ (sw * (p - y)); return loss, np.append(g + lam * w[:-1], np.sum(sw * (p - y)))
    w0 = np.zeros(D + 1)
    return minimize(f, w0, jac=True, method='L-BFGS-B', options=dict(maxiter=300)).x
def score(X, w): return X @ w[:-1] + w[-1]

HELD = set(sys.argv[1].split(',')) if len(sys.argv) > 1 else {'BT','BU','BV','BW','BX','BY','BZ','CA','CB','CC'}
trn = [r for r in rows if r['fam'] not in HELD and not r['id'].startswith('r32')]
tst = [r for r in rows if r['fam'] in HELD]
tla = [r for r in rows if r['id'].startswith('r32')]  # session 32 look-alikes, held out too
Xtr, ytr = matrix(trn), np.array([r['y'] for r in trn])
w = train(Xtr, ytr, lam=float(os.environ.get('LAM', '1')), wpos=float(os.environ.get('WPOS', '1')))
# threshold: the score that fails at most FA% of the training publishable replies (in-sample, optimistic)
str_ = score(Xtr, w); neg = np.sort(str_[ytr == 0])
for fa in (0.01, 0.02, 0.05):
    th = neg[int(len(neg) * (1 - fa))]
    st = score(matrix(tst), w); yt = np.array([r['y'] for r in tst]); g = np.array([bool(r['gate']) for r in tst])
    flagged = st > th
    miss = (yt == 1) & ~g
    sl = score(matrix(tla), w) > th
    print(f"train FA {fa:.0%}: held-out fails flagged {np.sum(flagged & (yt==1))}/{np.sum(yt==1)}; gate's misses flagged {np.sum(flagged & miss)}/{np.sum(miss)}; held-out publishable flagged {np.sum(flagged & (yt==0))}/{np.sum(yt==0)}; s32 look-alikes flagged {np.sum(sl)}/{len(tla)}")
print('train n', len(trn), 'pos', int(ytr.sum()), 'held n', len(tst))
real = yaml.safe_load(open('tests/fixtures/real-replies.yaml'))
rr = [dict(text=i['reply'], y=0 if (i.get('conduct') in (None, 'ok', [], 'pass')) else 1, c=i.get('conduct')) for i in real]
Xr = matrix(rr); sr = score(Xr, w); yr = np.array([r['y'] for r in rr])
for fa in (0.01, 0.02, 0.05):
    th = neg[int(len(neg) * (1 - fa))]
    fl = sr > th
    print(f"train FA {fa:.0%}: real replies labelled ok flagged {np.sum(fl & (yr==0))}/{np.sum(yr==0)}; real conduct failures flagged {np.sum(fl & (yr==1))}/{np.sum(yr==1)}")
