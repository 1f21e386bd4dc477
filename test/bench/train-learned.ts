/**
 * Trains the learned layer on every labelled paste and writes it to src/diagnosis/learned/model-data.ts.
 * Deterministic: the same data gives the same file byte for byte (a unit test checks the shipped file is current).
 *   npm run train:learned
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { train } from '../../src/diagnosis/learned/train';
import { modelSource } from './learned-source';
import { allExamples, readLearnedData } from './learned-data';

const model = train(allExamples(readLearnedData()));
const path = join(__dirname, '..', '..', '..', 'src', 'diagnosis', 'learned', 'model-data.ts');
const source = modelSource(model);
writeFileSync(path, source);
console.log(
  `wrote ${path}: ${model.vocabulary.split(' ').length} features, ${model.labels.length} labels, ` +
    `temperature ${model.temperature}, ${(source.length / 1024).toFixed(1)} KB`,
);
