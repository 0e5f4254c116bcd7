package org.assessor.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assessor.methodology.RuleFile;
import org.assessor.rules.CodeRules.Scope;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.EnumDeclarationDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/** What a parsed DRL file holds where (the rule, function or declaration a line is in), and its type names. */
final class Places {
    private record Place(int from, int to, String at) {
    }

    private final List<Place> places = new ArrayList<>();

    Places(PackageDescr pkg) {
        if (pkg == null) {
            return;
        }
        for (RuleDescr rule : pkg.getRules()) {
            add(rule, (rule instanceof QueryDescr ? "query \"" : "rule \"") + rule.getName() + "\"");
        }
        pkg.getFunctions().forEach(f -> add(f, "function \"" + f.getName() + "\""));
        pkg.getTypeDeclarations().forEach(t -> add(t, "declare " + t.getTypeName()));
        pkg.getEnumDeclarations().forEach(e -> add(e, "declare enum " + e.getTypeName()));
        pkg.getGlobals().forEach(g -> add(g, "global " + g.getIdentifier()));
    }

    /** The places in one file; none when it does not parse. */
    static Places of(RuleFile file) {
        try {
            DrlParser parser = new DrlParser();
            PackageDescr pkg = parser.parse(false, file.text());
            return new Places(parser.hasErrors() ? null : pkg);
        } catch (DroolsParserException e) {
            return new Places(null);
        }
    }

    /** The rule (or function, declaration, global) a line belongs to, null for package and imports. */
    String at(int line) {
        return places.stream().filter(p -> p.from() <= line && line <= p.to())
                .min(Comparator.comparingInt(p -> p.to() - p.from())).map(Place::at).orElse(null);
    }

    private void add(BaseDescr descr, String at) {
        places.add(new Place(descr.getLine(), Math.max(descr.getLine(), descr.getEndLine()), at));
    }

    /**
     * Adds the types (and enum constants) a file declares to those of its DRL package, except any named like a
     * java.lang class: Drools may resolve such a name to java.lang's class, letting it through.
     */
    static void declared(PackageDescr pkg, Map<String, Set<String>> byPackage) {
        List<String> found = new ArrayList<>();
        pkg.getTypeDeclarations().forEach(type -> found.add(type.getTypeName()));
        for (EnumDeclarationDescr type : pkg.getEnumDeclarations()) {
            found.add(type.getTypeName());
            type.getLiterals().forEach(literal -> found.add(literal.getName()));
        }
        Set<String> names = byPackage.computeIfAbsent(pkg.getName(), name -> new HashSet<>());
        found.stream().filter(name -> !AllowedTypes.exists("java.lang." + name)).forEach(names::add);
    }

    /**
     * The type names a file may use: its allowed imports, java.lang basics, and the types declared in its own
     * DRL package only (a type declared in another one is not visible here).
     */
    static Scope scope(PackageDescr pkg, Map<String, Set<String>> declared) {
        Set<String> own = declared.getOrDefault(pkg.getName(), Set.of());
        Set<String> names = new HashSet<>(own);
        Set<String> qualified = new HashSet<>();
        own.forEach(name -> qualified.add(pkg.getName() + "." + name));
        List<String> onDemand = new ArrayList<>(List.of("java.lang"));
        for (ImportDescr im : pkg.getImports()) {
            String target = im.getTarget();
            if (target.endsWith(".*") && AllowedTypes.importAllowed(target)) {
                onDemand.add(target.substring(0, target.length() - 2));
            } else if (AllowedTypes.importAllowed(target)) {
                names.add(target.substring(target.lastIndexOf('.') + 1));
            }
        }
        for (ImportDescr im : pkg.getFunctionImports()) {
            if (AllowedTypes.staticImportAllowed(im.getTarget())) {
                names.add(im.getTarget().substring(im.getTarget().lastIndexOf('.') + 1));
            }
        }
        return new Scope(names, qualified, onDemand);
    }
}
