//! Parses tokens into an expression tree with textbook precedence: `-x^2` is −(x²), `^` is
//! right-associative (`2^3^2` = 512), `*` and `/` bind tighter than `+` and `−`.

use super::FormulaError;
use super::lexer::{Spanned, Token};

/// Deepest nesting of parentheses, signs and powers accepted; keeps recursion bounded.
pub(super) const MAX_DEPTH: usize = 100;

/// A one-argument function.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Func1 {
    Sin,
    Cos,
    Tan,
    Asin,
    Acos,
    Atan,
    Sinh,
    Cosh,
    Tanh,
    Asinh,
    Acosh,
    Atanh,
    Exp,
    Ln,
    Log10,
    Log2,
    Sqrt,
    Cbrt,
    Abs,
    Sigmoid,
    Softplus,
    Relu,
}

/// A two-argument function.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Func2 {
    Atan2,
    Pow,
    Min,
    Max,
}

const FUNCS1: [(&str, Func1); 23] = [
    ("sin", Func1::Sin),
    ("cos", Func1::Cos),
    ("tan", Func1::Tan),
    ("asin", Func1::Asin),
    ("acos", Func1::Acos),
    ("atan", Func1::Atan),
    ("sinh", Func1::Sinh),
    ("cosh", Func1::Cosh),
    ("tanh", Func1::Tanh),
    ("asinh", Func1::Asinh),
    ("acosh", Func1::Acosh),
    ("atanh", Func1::Atanh),
    ("exp", Func1::Exp),
    ("ln", Func1::Ln),
    ("log", Func1::Ln),
    ("log10", Func1::Log10),
    ("log2", Func1::Log2),
    ("sqrt", Func1::Sqrt),
    ("cbrt", Func1::Cbrt),
    ("abs", Func1::Abs),
    ("sigmoid", Func1::Sigmoid),
    ("softplus", Func1::Softplus),
    ("relu", Func1::Relu),
];

const FUNCS2: [(&str, Func2); 4] = [
    ("atan2", Func2::Atan2),
    ("pow", Func2::Pow),
    ("min", Func2::Min),
    ("max", Func2::Max),
];

/// The names of all functions, for error messages and help text.
pub fn function_names() -> String {
    let one = FUNCS1.iter().map(|(n, _)| *n);
    let two = FUNCS2.iter().map(|(n, _)| *n);
    one.chain(two).collect::<Vec<_>>().join(", ")
}

/// An expression tree.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Node {
    Const(f64),
    X,
    Y,
    Neg(Box<Node>),
    Add(Box<Node>, Box<Node>),
    Sub(Box<Node>, Box<Node>),
    Mul(Box<Node>, Box<Node>),
    Div(Box<Node>, Box<Node>),
    Pow(Box<Node>, Box<Node>),
    Call1(Func1, Box<Node>),
    Call2(Func2, Box<Node>, Box<Node>),
}

/// Parses a whole token list into one expression.
pub(super) fn parse(tokens: &[Spanned], text_len: usize) -> Result<Node, FormulaError> {
    let mut parser = Parser {
        tokens,
        next: 0,
        depth: 0,
        end: text_len + 1,
    };
    if tokens.is_empty() {
        return Err(FormulaError::new("formula-empty", Vec::new(), 1));
    }
    let node = parser.expr()?;
    match parser.peek() {
        None => Ok(node),
        Some((Token::Close, pos)) => Err(FormulaError::new(
            "formula-unmatched-close",
            Vec::new(),
            pos,
        )),
        Some((token, pos)) => {
            // Something that could be a factor: the student meant a product.
            let product = matches!(token, Token::Number(_) | Token::Name(_) | Token::Open);
            let key = if product {
                "formula-expected-operator-product"
            } else {
                "formula-expected-operator"
            };
            Err(FormulaError::new(
                key,
                vec![("token", token.describe())],
                pos,
            ))
        }
    }
}

struct Parser<'a> {
    tokens: &'a [Spanned],
    next: usize,
    depth: usize,
    end: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<(Token, usize)> {
        self.tokens.get(self.next).cloned()
    }

    fn eat(&mut self, token: &Token) -> bool {
        let found = self.tokens.get(self.next).is_some_and(|(t, _)| t == token);
        if found {
            self.next += 1;
        }
        found
    }

    /// Runs `f` one nesting level deeper, refusing to go past [`MAX_DEPTH`].
    fn nested<T>(
        &mut self,
        pos: usize,
        f: impl FnOnce(&mut Self) -> Result<T, FormulaError>,
    ) -> Result<T, FormulaError> {
        if self.depth >= MAX_DEPTH {
            let args = vec![("levels", MAX_DEPTH.to_string())];
            return Err(FormulaError::new("formula-too-deep", args, pos));
        }
        self.depth += 1;
        let result = f(self);
        self.depth -= 1;
        result
    }

    fn position(&self) -> usize {
        self.peek().map_or(self.end, |(_, p)| p)
    }

    fn expr(&mut self) -> Result<Node, FormulaError> {
        let mut node = self.term()?;
        loop {
            if self.eat(&Token::Plus) {
                node = Node::Add(Box::new(node), Box::new(self.term()?));
            } else if self.eat(&Token::Minus) {
                node = Node::Sub(Box::new(node), Box::new(self.term()?));
            } else {
                return Ok(node);
            }
        }
    }

    fn term(&mut self) -> Result<Node, FormulaError> {
        let mut node = self.unary()?;
        loop {
            if self.eat(&Token::Star) {
                node = Node::Mul(Box::new(node), Box::new(self.unary()?));
            } else if self.eat(&Token::Slash) {
                node = Node::Div(Box::new(node), Box::new(self.unary()?));
            } else {
                return Ok(node);
            }
        }
    }

    fn unary(&mut self) -> Result<Node, FormulaError> {
        let pos = self.position();
        if self.eat(&Token::Minus) {
            self.nested(pos, |p| Ok(Node::Neg(Box::new(p.unary()?))))
        } else if self.eat(&Token::Plus) {
            self.nested(pos, Self::unary)
        } else {
            self.power()
        }
    }

    fn power(&mut self) -> Result<Node, FormulaError> {
        let base = self.primary()?;
        let pos = self.position();
        if self.eat(&Token::Caret) {
            let exponent = self.nested(pos, Self::unary)?;
            Ok(Node::Pow(Box::new(base), Box::new(exponent)))
        } else {
            Ok(base)
        }
    }

    fn primary(&mut self) -> Result<Node, FormulaError> {
        let Some((token, pos)) = self.peek() else {
            return Err(FormulaError::new(
                "formula-ends-early",
                Vec::new(),
                self.end,
            ));
        };
        self.next += 1;
        match token {
            Token::Number(v) => Ok(Node::Const(v)),
            Token::Open => self.nested(pos, |p| {
                let inner = p.expr()?;
                if p.eat(&Token::Close) {
                    Ok(inner)
                } else {
                    Err(p.missing_close(pos))
                }
            }),
            Token::Name(name) => self.name(&name, pos),
            other => Err(FormulaError::new(
                "formula-expected-operand",
                vec![("token", other.describe())],
                pos,
            )),
        }
    }

    fn missing_close(&self, open: usize) -> FormulaError {
        let open = ("open", open.to_string());
        match self.peek() {
            Some((t, p)) => FormulaError::new(
                "formula-missing-close",
                vec![open, ("token", t.describe())],
                p,
            ),
            None => FormulaError::new("formula-missing-close-at-end", vec![open], self.end),
        }
    }

    fn name(&mut self, name: &str, pos: usize) -> Result<Node, FormulaError> {
        let called = self
            .tokens
            .get(self.next)
            .is_some_and(|(t, _)| *t == Token::Open);
        match name {
            "x" | "w1" => return Ok(Node::X),
            "y" | "w2" => return Ok(Node::Y),
            "pi" | "π" => return Ok(Node::Const(std::f64::consts::PI)),
            "e" => return Ok(Node::Const(std::f64::consts::E)),
            _ => {}
        }
        let one = FUNCS1.iter().find(|(n, _)| *n == name).map(|&(_, f)| f);
        let two = FUNCS2.iter().find(|(n, _)| *n == name).map(|&(_, f)| f);
        if (one.is_some() || two.is_some()) && !called {
            let args = vec![("name", name.to_owned())];
            return Err(FormulaError::new("formula-function-needs-call", args, pos));
        }
        if !called {
            let args = vec![("name", name.to_owned())];
            return Err(FormulaError::new("formula-unknown-name", args, pos));
        }
        let args = self.arguments(pos)?;
        let given = args.len();
        let arity = |n: usize| {
            let args = vec![
                ("name", name.to_owned()),
                ("count", n.to_string()),
                ("given", given.to_string()),
            ];
            let key = if n == 1 {
                "formula-arity-one"
            } else {
                "formula-arity"
            };
            FormulaError::new(key, args, pos)
        };
        match (one, two) {
            (Some(f), _) => {
                let [a]: [Node; 1] = args.try_into().map_err(|_| arity(1))?;
                Ok(Node::Call1(f, Box::new(a)))
            }
            (_, Some(f)) => {
                let [a, b]: [Node; 2] = args.try_into().map_err(|_| arity(2))?;
                Ok(Node::Call2(f, Box::new(a), Box::new(b)))
            }
            _ => Err(FormulaError::new(
                "formula-unknown-function",
                vec![("name", name.to_owned()), ("functions", function_names())],
                pos,
            )),
        }
    }

    /// Parses `( expr {, expr} )` after a function name.
    fn arguments(&mut self, pos: usize) -> Result<Vec<Node>, FormulaError> {
        let open = self.position();
        self.next += 1;
        self.nested(pos, |p| {
            let mut args = vec![p.expr()?];
            while p.eat(&Token::Comma) {
                args.push(p.expr()?);
            }
            if p.eat(&Token::Close) {
                Ok(args)
            } else {
                Err(p.missing_close(open))
            }
        })
    }
}
