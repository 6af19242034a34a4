package modularityfixture.declared.intake;

public class RequestThing {
}
