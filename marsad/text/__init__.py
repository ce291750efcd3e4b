"""Pure functions over strings: normalisation, tokenisation, sentences, clitics."""
