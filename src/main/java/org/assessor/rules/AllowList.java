package org.assessor.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assessor.methodology.RuleFile;
import org.assessor.rules.CodeRules.Scope;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

/**
 * Checks DRL against an allow-list before it is compiled: nothing on Java 17+ sandboxes a rule's Java.
 * Rules may use the fact model, the calculations of org.assessor.calc, java.lang/java.util/java.math
 * basics, and in consequences only insert, insertLogical, modify, update, delete and retract. The parsed
 * package gives imports, function blocks and the rule each line belongs to; every other check runs on the
 * file's tokens (see {@link DrlLexer}, {@link CodeRules}) so that no part of a file (attributes,
 * declarations, queries) escapes it.
 */
public final class AllowList {
    /**
     * What the rules may be: in which DRL packages (a methodology's own, {@code assessor.<id>}, and those of the
     * methodologies it extends), and what its configuration allows beyond plain rules: function blocks, eval.
     */
    public record Policy(Set<String> packages, boolean functions, boolean eval) {
        public Policy {
            packages = Set.copyOf(packages);
        }

        /** Plain rules only, in these packages. */
        public static Policy strict(String... packages) {
            return new Policy(Set.of(packages), false, false);
        }

        /** The DRL package of a methodology: {@code assessor.} and its id with {@code _} for {@code -}. */
        public static String packageOf(String methodologyId) {
            return "assessor." + methodologyId.replace('-', '_');
        }
    }

    /** Attributes that make a rule fire on a clock instead of when its facts match: code outside any rating. */
    private static final Set<String> CLOCK_ATTRIBUTES = Set.of("timer", "calendars", "duration");

    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("[Ll]ine (\\d+):(\\d+)");

    /** A file with its parsed package, null when it does not parse. */
    private record Parsed(RuleFile file, PackageDescr pkg, List<Problem> parseErrors) {
    }

    private AllowList() {
    }

    /** Every problem in the files, in file and line order; empty when all of them may be compiled. */
    public static List<Problem> check(List<RuleFile> files, Policy policy) {
        List<Parsed> parsed = files.stream().map(AllowList::parse).toList();
        Map<String, Set<String>> declared = new HashMap<>();
        parsed.stream().filter(p -> p.pkg() != null).forEach(p -> Places.declared(p.pkg(), declared));
        List<Problem> problems = new ArrayList<>();
        for (Parsed file : parsed) {
            problems.addAll(check(file, declared, policy));
        }
        return problems;
    }

    /** Throws with every problem unless all the files pass, so that nothing unchecked reaches the compiler. */
    public static void requireAllowed(List<RuleFile> files, Policy policy) {
        List<Problem> problems = check(files, policy);
        if (!problems.isEmpty()) {
            throw new ProblemException("rules use code outside the allow-list", problems);
        }
    }

    private static List<Problem> check(Parsed parsed, Map<String, Set<String>> declared, Policy policy) {
        String path = parsed.file().path().toString();
        List<Problem> problems = new ArrayList<>();
        if (parsed.pkg() != null) {
            ownPackage(path, parsed, policy, problems);
            imports(path, parsed.pkg(), problems);
            functions(path, parsed.pkg(), policy, problems);
            constructs(path, parsed.pkg(), problems);
        }
        // the token checks find a refused import or function again: one problem for such a line is enough
        Set<Integer> reported = new HashSet<>(problems.stream().map(Problem::line).toList());
        problems.addAll(parsed.parseErrors());
        Places places = new Places(parsed.pkg());
        for (Finding finding : findings(parsed, declared, policy)) {
            if (!reported.contains(finding.line())) {
                problems.add(Problem.error(path, finding.line(), finding.column(), places.at(finding.line()),
                        finding.message()));
            }
        }
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return problems;
    }

    private static List<Finding> findings(Parsed parsed, Map<String, Set<String>> declared, Policy policy) {
        DrlLexer lexer = DrlLexer.lex(parsed.file().text());
        Scope scope = parsed.pkg() == null ? Scope.unknown() : Places.scope(parsed.pkg(), declared);
        List<Finding> findings = new ArrayList<>(lexer.findings());
        findings.addAll(CodeRules.check(lexer.tokens(), scope, policy));
        return findings;
    }

    /**
     * A DRL package makes every class of the Java package of that name usable without an import, so rules
     * must be in their methodology's own package, where no class but the rules' own can be.
     */
    private static void ownPackage(String path, Parsed parsed, Policy policy, List<Problem> problems) {
        String name = parsed.pkg().getName();
        if (!policy.packages().contains(name)) {
            problems.add(Problem.error(path, packageLine(parsed.file().text()), 1, null, "package " + name
                    + ": a methodology's rules must be in its own package, " + String.join(" or ", new java.util.TreeSet<>(policy.packages()))));
        }
    }

    private static int packageLine(String text) {
        Matcher matcher = Pattern.compile("^\\s*package\\b", Pattern.MULTILINE).matcher(text);
        return matcher.find() ? (int) text.substring(0, matcher.start()).chars().filter(c -> c == '\n').count() + 1 : 1;
    }

    /** Globals and queries hand objects between the engine and its caller; clock attributes fire rules outside a rating. */
    private static void constructs(String path, PackageDescr pkg, List<Problem> problems) {
        pkg.getGlobals().forEach(global -> problems.add(problem(path, global, "global " + global.getIdentifier(),
                "globals are not allowed: rules see only facts")));
        for (RuleDescr rule : pkg.getRules()) {
            if (rule instanceof QueryDescr) {
                problems.add(problem(path, rule, "query \"" + rule.getName() + "\"", "queries are not allowed: rules"
                        + " derive results, nothing reads the session"));
                continue;
            }
            var enabled = rule.getAttributes().get("enabled");
            if (enabled != null && !List.of("true", "false").contains(enabled.getValue().strip())) {
                problems.add(problem(path, enabled, "rule \"" + rule.getName() + "\"", "enabled: only true or false; an"
                        + " expression would run whenever the rule base is built, outside any rating and its limits"));
            }
            for (String attribute : rule.getAttributes().keySet()) {
                if (CLOCK_ATTRIBUTES.contains(attribute)) {
                    problems.add(problem(path, rule.getAttributes().get(attribute), "rule \"" + rule.getName() + "\"",
                            attribute + ": a rule fires when its facts match, never on a clock"));
                }
            }
        }
        for (TypeDeclarationDescr type : pkg.getTypeDeclarations()) {
            if (!type.getSuperTypes().isEmpty()) {
                problems.add(problem(path, type, "declare " + type.getTypeName(), "a declared type may not extend "
                        + type.getSuperTypes().get(0).getFullName() + ": declared types are data, with no behaviour"));
            }
        }
    }

    private static void functions(String path, PackageDescr pkg, Policy policy, List<Problem> problems) {
        if (!policy.functions()) {
            for (FunctionDescr function : pkg.getFunctions()) {
                problems.add(problem(path, function, "function \"" + function.getName() + "\"", "function blocks"
                        + " are not allowed by this methodology's configuration: they are plain Java"));
            }
        }
    }

    private static void imports(String path, PackageDescr pkg, List<Problem> problems) {
        for (ImportDescr im : pkg.getImports()) {
            if (!AllowedTypes.importAllowed(im.getTarget())) {
                problems.add(problem(path, im, null, "import " + im.getTarget() + ": "
                        + AllowedTypes.reason(im.getTarget())));
            }
        }
        for (ImportDescr im : pkg.getFunctionImports()) {
            if (!AllowedTypes.staticImportAllowed(im.getTarget())) {
                problems.add(problem(path, im, null, "static import " + im.getTarget() + ": "
                        + AllowedTypes.reason(im.getTarget())));
            }
        }
        for (ImportDescr im : pkg.getAccumulateImports()) {
            problems.add(problem(path, im, null, "import accumulate " + im.getTarget()
                    + ": custom accumulate functions are Java outside the allow-list"));
        }
    }

    private static Parsed parse(RuleFile file) {
        String path = file.path().toString();
        DrlParser parser = new DrlParser();
        List<Problem> problems = new ArrayList<>();
        PackageDescr pkg = null;
        try {
            pkg = parser.parse(false, file.text());
        } catch (DroolsParserException e) {
            problems.add(Problem.error(path, 0, 0, null, "does not parse: " + e.getMessage()));
        }
        for (DroolsError error : parser.getErrors()) {
            problems.add(parseError(path, error));
        }
        return new Parsed(file, parser.hasErrors() ? null : pkg, problems);
    }

    /** A ParserError knows its place (0-based column), though some only in their text; others at most a line. */
    private static Problem parseError(String path, DroolsError error) {
        Matcher place = LINE_IN_MESSAGE.matcher(error.getMessage());
        if (error instanceof ParserError parserError && parserError.getRow() > 0) {
            return Problem.error(path, parserError.getRow(), parserError.getCol() + 1, null, error.getMessage());
        } else if (place.find()) {
            return Problem.error(path, Integer.parseInt(place.group(1)), Integer.parseInt(place.group(2)) + 1, null,
                    error.getMessage());
        }
        int[] lines = error.getLines();
        int line = lines != null && lines.length > 0 ? Math.max(0, lines[0]) : 0;
        return Problem.error(path, line, 0, null, error.getMessage());
    }

    private static Problem problem(String path, BaseDescr descr, String at, String message) {
        return Problem.error(path, descr.getLine(), descr.getColumn() + 1, at, message);
    }
}
