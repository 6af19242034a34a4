@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "intake" })
package modularityfixture.declared.cases;
