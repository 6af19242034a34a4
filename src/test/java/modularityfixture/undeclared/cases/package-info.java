@org.springframework.modulith.ApplicationModule(allowedDependencies = "common")
package modularityfixture.undeclared.cases;
