package org.assessor.rules;

import java.util.List;
import java.util.Map;

import org.assessor.fact.Assessment;
import org.assessor.rules.HostileSamples.Sample;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

class ScratchSampleTest {
    @Test
    void probe() {
        for (String name : System.getProperty("samples", "").split(",")) {
            if (name.isEmpty()) {
                continue;
            }
            Sample s = HostileSamples.read(name);
            String v = String.format("%08x", s.text().hashCode());
            System.out.println("===== " + name);
            System.out.println("TEXT: " + AllowList.check(List.of(s.file()), s.policy()));
            try {
                new RuleCompiler(null).compile("scr-code-" + name, v, List.of(s.file()), new GeneratedCode(s.policy().packages(), List.of(s.file())));
                System.out.println("CODE: passes");
            } catch (RuntimeException e) {
                System.out.println("CODE: " + e.getMessage());
            }
            try {
                KieBase kb = new RuleCompiler(null).compileUnchecked("scr-raw-" + name, v, List.of(s.file()));
                System.out.println("UNGUARDED: compiles");
                if (Boolean.getBoolean("fire")) {
                    KieSession session = kb.newKieSession();
                    session.insert(new Assessment(2, "RXX", "acute", Map.of()));
                    System.out.println("FIRED: " + session.fireAllRules() + " canary=" + System.getProperty(HostileSamples.CANARY));
                    session.dispose();
                }
            } catch (Throwable e) {
                System.out.println("UNGUARDED: " + e);
            }
        }
    }
}
