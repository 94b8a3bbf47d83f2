//! Splits a formula into tokens, each with its 1-based character position.

use super::FormulaError;

/// One lexical token.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Token {
    Number(f64),
    Name(String),
    Plus,
    Minus,
    Star,
    Slash,
    Caret,
    Open,
    Close,
    Comma,
}

impl Token {
    /// How the token reads in an error message.
    pub(super) fn describe(&self) -> String {
        match self {
            Token::Number(v) => v.to_string(),
            Token::Name(n) => format!("'{n}'"),
            Token::Plus => "'+'".into(),
            Token::Minus => "'-'".into(),
            Token::Star => "'*'".into(),
            Token::Slash => "'/'".into(),
            Token::Caret => "'^'".into(),
            Token::Open => "'('".into(),
            Token::Close => "')'".into(),
            Token::Comma => "','".into(),
        }
    }
}

/// A token and where it starts (1-based character index).
pub(super) type Spanned = (Token, usize);

/// Tokenizes `text`. Accepts `**` for `^`, and the typographic `−`, `·`, `×` and `÷`.
pub(super) fn tokenize(text: &str) -> Result<Vec<Spanned>, FormulaError> {
    let chars: Vec<char> = text.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let pos = i + 1;
        let single = match c {
            '+' => Some(Token::Plus),
            '-' | '−' => Some(Token::Minus),
            '*' if chars.get(i + 1) == Some(&'*') => {
                i += 1;
                Some(Token::Caret)
            }
            '*' | '·' | '×' => Some(Token::Star),
            '/' | '÷' => Some(Token::Slash),
            '^' => Some(Token::Caret),
            '(' => Some(Token::Open),
            ')' => Some(Token::Close),
            ',' => Some(Token::Comma),
            _ => None,
        };
        if let Some(token) = single {
            tokens.push((token, pos));
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c.is_ascii_digit() || c == '.' {
            let (value, next) = number(&chars, i)?;
            tokens.push((Token::Number(value), pos));
            i = next;
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            tokens.push((Token::Name(chars[start..i].iter().collect()), pos));
        } else {
            let args = vec![("character", c.to_string())];
            return Err(FormulaError::new("formula-unexpected-character", args, pos));
        }
    }
    Ok(tokens)
}

/// Reads a number starting at `start`: `12`, `1.5`, `.5`, `2.`, `1e-3`, `6.02E+23`.
fn number(chars: &[char], start: usize) -> Result<(f64, usize), FormulaError> {
    let digits_from = |mut i: usize| {
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        i
    };
    let mut i = digits_from(start);
    if chars.get(i) == Some(&'.') {
        i = digits_from(i + 1);
    }
    // An exponent only when digits follow, so that `2e` stays "2 then the constant e".
    if matches!(chars.get(i), Some('e' | 'E')) {
        let sign = usize::from(matches!(chars.get(i + 1), Some('+' | '-')));
        if chars.get(i + 1 + sign).is_some_and(|c| c.is_ascii_digit()) {
            i = digits_from(i + 1 + sign);
        }
    }
    let literal: String = chars[start..i].iter().collect();
    let value: f64 = literal.parse().map_err(|_| {
        let args = vec![("literal", literal.clone())];
        FormulaError::new("formula-not-a-number", args, start + 1)
    })?;
    if !value.is_finite() {
        let args = vec![("literal", literal)];
        return Err(FormulaError::new(
            "formula-number-too-large",
            args,
            start + 1,
        ));
    }
    Ok((value, i))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<Token> {
        tokenize(text)
            .unwrap()
            .into_iter()
            .map(|(t, _)| t)
            .collect()
    }

    #[test]
    fn numbers_in_the_usual_forms() {
        assert_eq!(kinds("1e-3"), vec![Token::Number(1e-3)]);
        assert_eq!(kinds("6.02E+23"), vec![Token::Number(6.02e23)]);
        assert_eq!(kinds(".5"), vec![Token::Number(0.5)]);
        assert_eq!(kinds("2."), vec![Token::Number(2.0)]);
        assert_eq!(
            kinds("2e"),
            vec![Token::Number(2.0), Token::Name("e".into())]
        );
    }

    #[test]
    fn operators_and_positions() {
        let t = tokenize("x ** 2 − y").unwrap();
        assert_eq!(t[1], (Token::Caret, 3));
        assert_eq!(t[3], (Token::Minus, 8));
        let e = tokenize("x # y").unwrap_err();
        assert_eq!(
            (e.message.to_string(), e.position),
            ("unexpected character '#'".to_owned(), 3)
        );
        assert!(
            tokenize("1.2.3").is_ok(),
            "lexes as 1.2 then .3; the parser rejects it"
        );
        let e = tokenize("1e999").unwrap_err();
        assert!(e.message.to_string().contains("too large"));
    }
}
