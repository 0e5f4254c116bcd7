package org.assessor.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.stream.Collectors;

import org.assessor.methodology.RuleFile;
import org.assessor.system.Problem;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;

/**
 * The second layer of the sandbox: checks every class of a compiled rules module (fresh from the
 * executable-model build, or read back from the cache) before any of it is loaded. Screening DRL text
 * cannot be complete, since Drools turns DRL into Java in ways text cannot foresee; what the JVM would
 * run can be checked completely. Each finding is placed at the DRL file, line and rule it came from.
 */
public final class GeneratedCode {
    private final AllowedMembers allowed;
    private final Set<String> packages;
    private final List<RuleFile> files;

    /** @param packages the DRL packages the rules may declare ({@code assessor.x}) */
    GeneratedCode(Set<String> packages, List<RuleFile> files) {
        this(AllowedMembers.standard(), packages, files);
    }

    GeneratedCode(AllowedMembers allowed, Set<String> packages, List<RuleFile> files) {
        this.allowed = allowed;
        this.packages = packages.stream().map(p -> p.replace('.', '/') + "/").collect(Collectors.toSet());
        this.files = files;
    }

    /** Every problem in the module's classes, placed in the DRL; empty when all of it may run. */
    List<Problem> check(byte[] moduleJar) {
        Map<String, GeneratedClass> module = read(moduleJar);
        Set<String> functions = functionNames();
        List<CodeFinding> findings = new ArrayList<>();
        for (GeneratedClass generated : module.values()) {
            findings.addAll(ClassCheck.check(allowed, module, functions, generated));
        }
        findings.addAll(CallCycles.find(module));
        DrlPlaces places = new DrlPlaces(files, RulesOfClasses.of(module));
        Set<Problem> problems = new LinkedHashSet<>();
        findings.forEach(finding -> problems.addAll(places.locate(finding)));
        return new ArrayList<>(problems);
    }

    /** The DRL functions of the files, by name: Drools compiles them into the model class of their package. */
    private Set<String> functionNames() {
        Set<String> names = new HashSet<>();
        for (RuleFile file : files) {
            try {
                PackageDescr pkg = new DrlParser().parse(false, file.text());
                if (pkg != null) {
                    pkg.getFunctions().forEach(function -> names.add(function.getName()));
                }
            } catch (DroolsParserException e) {
                // a file that does not parse never gets this far
            }
        }
        return names;
    }

    private Map<String, GeneratedClass> read(byte[] jar) {
        Map<String, GeneratedClass> module = new LinkedHashMap<>();
        Map<String, ClassNode> nodes = new HashMap<>();
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                if (entry.getName().endsWith(".class")) {
                    ClassNode node = new ClassNode();
                    new ClassReader(in.readAllBytes()).accept(node, 0);
                    nodes.put(node.name, node);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a module that cannot be read cannot be checked, so it must not run
            throw new IllegalArgumentException("the compiled rules cannot be read for checking: " + e.getMessage(), e);
        }
        new TreeSet<>(nodes.keySet()).forEach(name -> module.put(name, GeneratedClass.of(nodes.get(name), packages)));
        return module;
    }
}
