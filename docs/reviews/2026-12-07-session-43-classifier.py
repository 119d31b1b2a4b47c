"""Session 43's experiment: could a learned classifier catch the plain failures the gate's rules miss?

Not part of the site, the build or the tests (it needs Python 3 with numpy and scipy). Usage, from the repository root:
    node --import tsx <probe that writes [{id, reply, label, failed}] for every adversarial reply> > graded.json
    python3 docs/reviews/2026-12-07-session-43-classifier.py graded.json IY
`label` is the tester's conduct label ("fail" or "pass"), `failed` whether the gate failed the reply. The model is a
logistic regression on the reply's words, word pairs and five-letter runs (folded as the grader folds: lower case, no
accents, digits as 0), trained on every family before the split and on the look-alikes, the course corpus and the real
replies with an even index; it is measured on the families from the split on, and on the other half of the look-alikes
and the real replies.
"""
import json, re, sys, unicodedata
import numpy as np, yaml
from scipy.optimize import minimize
from scipy.sparse import csr_matrix

def family(i): m = re.match(r'[A-Z]+', i).group(0); return (len(m), m)
def fold(t):
    t = ''.join(c for c in unicodedata.normalize('NFD', t.lower()) if unicodedata.category(c) != 'Mn')
    return re.sub(r'\d', '0', t)
def features(t):
    w = re.findall(r"[a-z0]+|[^\sa-z0.,;:!?'\"()\-]", fold(t)); s = ' ' + ' '.join(w) + ' '
    return set(w) | {a + ' ' + b for a, b in zip(w, w[1:])} | {'#' + s[i:i + 5] for i in range(len(s) - 4)}

graded, split = json.load(open(sys.argv[1])), sys.argv[2]
train = [r for r in graded if family(r['id']) < family(split)]
test = [r for r in graded if family(r['id']) >= family(split)]
look = json.load(open('tests/fixtures/grader/lookalikes.json'))
real = yaml.safe_load(open('tests/fixtures/real-replies.yaml'))
corpus = yaml.safe_load(open('tests/fixtures/grader/corpus.yaml'))
texts = [r['reply'] for r in train] + [x['reply'] for x in look[0::2] + corpus] + [x['reply'] for x in real[0::2]]
y = np.array([r['label'] == 'fail' for r in train] + [False] * (len(look[0::2]) + len(corpus)) + [x['conduct'] != 'ok' for x in real[0::2]], float)
weight = np.array([1.0] * len(train) + [3.0] * (len(texts) - len(train)))
vocab = {}
def matrix(rows, grow):
    ind, ptr = [], [0]
    for t in rows:
        for f in features(t):
            j = vocab.setdefault(f, len(vocab)) if grow else vocab.get(f)
            if j is not None: ind.append(j)
        ptr.append(len(ind))
    return csr_matrix((np.ones(len(ind)), ind, ptr), shape=(len(rows), len(vocab)))
X = matrix(texts, True)
keep = np.where(np.asarray((X > 0).sum(0)).ravel() >= 3)[0]; X = X[:, keep]
def loss(w):
    p = 1 / (1 + np.exp(-(X @ w[:-1] + w[-1])))
    l = -(weight * (y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12))).sum() + 1.5 * (w[:-1] ** 2).sum()
    g = X.T @ (weight * (p - y)) + 3 * w[:-1]
    return l, np.append(g, (weight * (p - y)).sum())
w = minimize(loss, np.zeros(X.shape[1] + 1), jac=True, method='L-BFGS-B', options={'maxiter': 500}).x
score = lambda rows: matrix(rows, False)[:, keep] @ w[:-1] + w[-1]
st, sl = score([r['reply'] for r in test]), score([x['reply'] for x in look[1::2]])
held = real[1::2]; sr = score([x['reply'] for x in held]); ok = np.array([x['conduct'] == 'ok' for x in held])
fail = np.array([r['label'] == 'fail' for r in test]); missed = np.array([r['label'] == 'fail' and not r['failed'] for r in test])
for t in [2, 3, 4, 5]:
    print(f'threshold {t}: failures caught {(st[fail] > t).sum()}/{fail.sum()}, of them missed by the rules {(st[missed] > t).sum()}/{missed.sum()}; '
          f'publishable failed {(st[~fail] > t).sum()}/{(~fail).sum()}, look-alikes failed {(sl > t).sum()}/{len(sl)}, real published replies failed {(sr[ok] > t).sum()}/{ok.sum()}')
