import PlanCheck
print("hi")
