# Autograd: automatic differentiation (PyTorch's 60-minute blitz), as a user would paste it.
import torch

torch.set_default_dtype(torch.float64)

# Tensors: requires_grad=True records every operation on x
x = torch.ones(2, 2, requires_grad=True)
print(x)
print(x.grad)  # None: nothing has called backward yet
y = x + 2
print(y)
print(y.grad_fn)
z = y * y * 3
out = z.mean()
print(z, out)

# Gradients: out.backward() fills x.grad with d(out)/dx
out.backward()
print(x.grad)

# A vector-Jacobian product through a data-dependent loop
x = torch.randn(3, requires_grad=True)
y = x * 2
while y.data.norm() < 1000:
    y = y * 2
print(y)
v = torch.tensor([0.1, 1.0, 0.0001])
y.backward(v)
print(x.grad)

# Stop tracking: no_grad and requires_grad_
print(x.requires_grad)
print((x ** 2).requires_grad)
with torch.no_grad():
    print((x ** 2).requires_grad)

a = torch.randn(2, 2)
a = ((a * 3) / (a - 1))
print(a.requires_grad)
a.requires_grad_(True)
print(a.requires_grad)
b = (a * a).sum()
print(b.grad_fn)
