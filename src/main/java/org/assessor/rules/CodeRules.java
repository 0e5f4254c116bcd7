package org.assessor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.assessor.rules.DrlLexer.Token;

/**
 * The allow-list over a file's tokens, wherever they stand (conditions, consequences, attributes,
 * declarations, functions, queries): no forbidden name, no qualified name outside the allowed packages,
 * no capitalised name (a type) that is neither imported, declared nor a java.lang basic, no eval unless
 * the configuration allows it.
 */
final class CodeRules {
    /** The simple type names a file may use; names null when the file did not parse, so its imports are unknown. */
    record Scope(Set<String> names, Set<String> declared, List<String> onDemand) {
        static Scope unknown() {
            return new Scope(null, Set.of(), List.of());
        }

        boolean allows(String name) {
            return names == null || names.contains(name)
                    || onDemand.stream().anyMatch(pkg -> AllowedTypes.resolves(pkg, name));
        }

        boolean allowsQualified(String qualified) {
            return declared.contains(qualified) || AllowedTypes.typeAllowed(qualified);
        }
    }

    private final List<Token> tokens;
    private final Scope scope;
    private final boolean eval;
    private final List<Finding> findings = new ArrayList<>();

    private CodeRules(List<Token> tokens, Scope scope, boolean eval) {
        this.tokens = tokens;
        this.scope = scope;
        this.eval = eval;
    }

    static List<Finding> check(List<Token> tokens, Scope scope, AllowList.Policy policy) {
        CodeRules rules = new CodeRules(tokens, scope, policy.eval());
        for (int i = 0; i < tokens.size(); i++) {
            // a name right after "name ." belongs to the chain that name started
            boolean continues = rules.is(i - 1, ".") && i >= 2 && tokens.get(i - 2).isName();
            if (tokens.get(i).isName() && !continues) {
                rules.chain(i);
            }
        }
        return rules.findings;
    }

    /** A dotted chain of names such as {@code java.lang.Runtime.getRuntime} or {@code $a.sector}. */
    private void chain(int start) {
        List<Token> chain = new ArrayList<>(List.of(tokens.get(start)));
        for (int i = start + 2; i < tokens.size() && is(i - 1, ".") && tokens.get(i).isName(); i += 2) {
            chain.add(tokens.get(i));
        }
        for (Token name : chain) {
            String why = AllowedTypes.forbidden(name.text());
            if (why != null) {
                add(name, "`" + name.text() + "`: " + why);
                return;
            }
        }
        // members (after ".", "!." or "::") and annotation names are not types or packages
        boolean member = is(start - 1, ".") || is(start - 1, "@") || is(start - 1, ":") && is(start - 2, ":");
        if (!member) {
            head(chain);
        }
    }

    private void head(List<Token> chain) {
        Token head = chain.get(0);
        String name = head.text();
        if (name.equals("eval") && !eval) {
            add(head, "eval: not allowed by this methodology's configuration (it runs any Java in a condition)");
        } else if (Character.isUpperCase(name.charAt(0))) {
            if (!scope.allows(name)) {
                add(head, "`" + name + "`: neither imported from the fact model, declared, nor a java.lang basic");
            }
        } else if (!name.startsWith("$") && !name.equals("this")) {
            String qualified = qualifiedType(chain);
            if (qualified != null && !scope.allowsQualified(qualified)) {
                add(head, "`" + qualified + "`: " + AllowedTypes.reason(qualified));
            } else if (qualified == null && chain.size() > 1 && AllowedTypes.ROOTS.contains(name)
                    && !AllowedTypes.packageAllowed(join(chain, chain.size()))) {
                add(head, "`" + join(chain, chain.size()) + "`: " + AllowedTypes.reason(join(chain, chain.size())));
            }
        }
    }

    /** {@code java.io.File} of {@code java.io.File.separator}: lower-case packages, then a capitalised type. */
    private static String qualifiedType(List<Token> chain) {
        for (int i = 1; i < chain.size(); i++) {
            if (Character.isUpperCase(chain.get(i).text().charAt(0))) {
                return join(chain, i + 1);
            }
        }
        return null;
    }

    private static String join(List<Token> chain, int count) {
        return chain.subList(0, count).stream().map(Token::text).collect(Collectors.joining("."));
    }

    private boolean is(int i, String symbol) {
        return i >= 0 && i < tokens.size() && tokens.get(i).text().equals(symbol);
    }

    private void add(Token token, String message) {
        findings.add(new Finding(token.line(), token.column(), message));
    }
}
