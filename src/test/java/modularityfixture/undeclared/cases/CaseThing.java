package modularityfixture.undeclared.cases;

import modularityfixture.undeclared.common.Shared;
import modularityfixture.undeclared.intake.RequestThing;

public class CaseThing {

	Shared shared;

	RequestThing request;

}
