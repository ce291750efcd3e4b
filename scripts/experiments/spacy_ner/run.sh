#!/usr/bin/env bash
# The session-25 spaCy NER experiment, step by step (as run; see README.md).  Heavy steps under nice.
# Run from the worktree root with the experiment's virtualenv first on PATH:
#   python3 -m venv /tmp/s25/spvenv && /tmp/s25/spvenv/bin/pip install -e . spacy
#   cp /work/main/marsad/ner/_fastcrf*.so marsad/ner/     # or build them with the install
#   export PATH=/tmp/s25/spvenv/bin:$PATH
set -euo pipefail
S=${SHARED:-/work/shared}
W=${WORK:-/tmp/s25/sp}            # work files: never inside the repository
D=$W/data; R=$W/runs; X=scripts/experiments/spacy_ner
mkdir -p $D $R $W/crf85 $W/crf_inner

# 0. data: train part / block (split_dev 0.15), inner-train / inner-dev (split_dev 0.15 of the train part),
#    DocBins (given tokens, NORM = marsad stem) and the 32-dim stem vectors as a spaCy vectors table
PYTHONPATH=$X nice -n 10 python $X/prepare.py --shared $S --out $D --vectors $W/vectors

# 1. CRF baseline on the train part (bundled recipe; also prints the block score)
nice -n 10 python benchmarks/ner_anercorp.py --shared $S --train --model $W/crf85/ner.crfsuite --workdir $W/crf85
# 1b. CRF on the inner-train part, tagged on the inner dev
nice -n 10 marsad train-ner --data $D/inner_train.conll --dev-fraction 0 --out $W/crf_inner/ner.crfsuite
nice -n 10 marsad tag --format conll --model $W/crf_inner/ner.crfsuite < $D/inner_dev.tokens > $W/crf_inner/dev.pred.conll
python $S/eval/score.py ner --gold $D/inner_dev.conll --pred $W/crf_inner/dev.pred.conll
nice -n 10 python $X/crf_spans.py $W/crf_inner/ner.crfsuite $D/inner_dev.tokens $W/crf_inner/dev.spans.json

# 2. spaCy on the inner split (early stopping on the inner dev: model-best)
for c in eff wide_vec; do
  V=""; [ $c = wide_vec ] && V="--paths.vectors $W/vectors"   # eff was run without the vectors table
  nice -n 10 python -m spacy train $X/configs/$c.cfg --code $X/functions.py --output $R/${c}_inner \
    --paths.train $D/inner_train.spacy --paths.dev $D/inner_dev.spacy $V
  # (as run: both were stopped by hand (kill) once the inner-dev score had not improved for 1-5 evaluations;
  #  eff: best 0.684 at step 2200 / epoch 8, stopped at step ~3300; wide_vec: best 0.720 at step 2000 / epoch 6,
  #  stopped after step 2200)
  nice -n 10 python $X/tag_spacy.py $R/${c}_inner/model-best < $D/inner_dev.tokens > $R/${c}_inner.dev.conll
  python $S/eval/score.py ner --gold $D/inner_dev.conll --pred $R/${c}_inner.dev.conll
done
# 3. combination rules, chosen on the inner dev only
python $X/combine.py --gold $D/inner_dev.conll --crf $W/crf_inner/dev.spans.json --spacy $R/wide_vec_inner.dev.conll --grid

# 4. final recipes on the whole train part, evaluated once on the block
nice -n 10 python -m spacy train $X/configs/wide_vec_final.cfg --code $X/functions.py --output $R/wide_final \
  --paths.train $D/train85.spacy --paths.dev $D/inner_dev.spacy --paths.vectors $W/vectors
nice -n 10 python $X/tag_spacy.py $R/wide_final/model-last < $D/block.tokens > $R/wide_final.block.conll
python $S/eval/score.py ner --gold $D/block.conll --pred $R/wide_final.block.conll
nice -n 10 python $X/crf_spans.py $W/crf85/ner.crfsuite $D/block.tokens $W/crf85/block.spans.json
python $X/combine.py --gold $D/block.conll --crf $W/crf85/block.spans.json --spacy $R/wide_final.block.conll \
  --rule 'theta=0.5;low=drop' --out $R/combo.block.conll
python $S/eval/score.py ner --gold $D/block.conll --pred $R/combo.block.conll
