import { type TranslationKeys, zxcvbn, zxcvbnOptions } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

/**
 * zxcvbn's feedback in plain English. The library ships only translation keys; writing our own wording here avoids
 * a second dictionary package and keeps the tone of the rest of the app.
 */
const FEEDBACK_TEXT: TranslationKeys = {
  warnings: {
    straightRow: 'Straight rows of keys are easy to guess.',
    keyPattern: 'Short keyboard patterns are easy to guess.',
    simpleRepeat: 'Repeated characters like “aaa” are easy to guess.',
    extendedRepeat: 'Repeated patterns like “abcabc” are easy to guess.',
    sequences: 'Sequences like “abc” or “6543” are easy to guess.',
    recentYears: 'Recent years are easy to guess.',
    dates: 'Dates are easy to guess.',
    topTen: 'This is one of the most used passwords.',
    topHundred: 'This is a very commonly used password.',
    common: 'This is a commonly used password.',
    similarToCommon: 'This is similar to a commonly used password.',
    wordByItself: 'Single words are easy to guess.',
    namesByThemselves: 'Single names or surnames are easy to guess.',
    commonNames: 'Common names and surnames are easy to guess.',
    userInputs: 'Avoid words related to this app.',
    pwned: 'This passphrase appeared in a data breach.',
  },
  suggestions: {
    l33t: 'Swapping letters for look-alike symbols (“@” for “a”) does not help much.',
    reverseWords: 'Spelling common words backwards does not help much.',
    allUppercase: 'Capitalise some letters, not all of them.',
    capitalization: 'Capitalise more than the first letter.',
    dates: 'Avoid dates and years that are connected to you.',
    recentYears: 'Avoid recent years.',
    associatedYears: 'Avoid years that are connected to you.',
    sequences: 'Avoid common character sequences.',
    repeated: 'Avoid repeated words and characters.',
    longerKeyboardPattern: 'Use longer keyboard patterns and change direction several times.',
    anotherWord: 'Add a few more words that are less common.',
    useWords: 'Use several unrelated words. Symbols and capitals are optional.',
    noNeed: 'Symbols, digits and capitals are not needed if the passphrase is long.',
    pwned: 'If you use this passphrase elsewhere, change it there too.',
  },
  timeEstimation: {
    ltSecond: 'less than a second',
    second: '{base} second',
    seconds: '{base} seconds',
    minute: '{base} minute',
    minutes: '{base} minutes',
    hour: '{base} hour',
    hours: '{base} hours',
    day: '{base} day',
    days: '{base} days',
    month: '{base} month',
    months: '{base} months',
    year: '{base} year',
    years: '{base} years',
    centuries: 'centuries',
  },
};

/** Words a person might reach for because they are on screen; zxcvbn treats them as easy guesses. */
const APP_WORDS = ['safe', 'harbor', 'safeharbor', 'harbour', 'vault', 'interpol', 'passphrase', 'password'];

let configured = false;

function configure(): void {
  if (configured) return;
  zxcvbnOptions.setOptions({
    dictionary: { ...dictionary },
    graphs: adjacencyGraphs,
    translations: FEEDBACK_TEXT,
  });
  configured = true;
}

export type StrengthScore = 0 | 1 | 2 | 3 | 4;

export interface Strength {
  score: StrengthScore;
  label: string;
  warning: string | null;
  suggestion: string | null;
}

const LABELS: Record<StrengthScore, string> = {
  0: 'Very weak',
  1: 'Weak',
  2: 'Fair',
  3: 'Strong',
  4: 'Very strong',
};

export function estimateStrength(passphrase: string): Strength {
  configure();
  const result = zxcvbn(passphrase, APP_WORDS);
  return {
    score: result.score,
    label: LABELS[result.score],
    warning: result.feedback.warning || null,
    suggestion: result.feedback.suggestions[0] ?? null,
  };
}
