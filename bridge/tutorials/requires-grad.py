# requires_grad, backward and upstream tensors, as a user would paste it.
import torch

torch.set_default_dtype(torch.float64)

a = torch.ones(2, 2)
a = ((a * 3) / (a + 1))
print(a.requires_grad)
a.requires_grad_(True)
print(a.requires_grad)
b = (a * a).sum()
print(b.grad_fn)
b.backward()
print(a.grad)

x = torch.ones(2, 2, requires_grad=True)
print(x)
y = x + 2
print(y)
print(y.grad_fn)
z = y * y + 3
out = z.mean()
print(z, out)
out.backward()
print(x.grad)
print(y.grad)  # None: y is not a leaf

x = torch.randn(3, requires_grad=True)
y = x * 2
while y.data.norm() < 1000:
    y = y * 2
print(y)
v = torch.zeros(3)
y.backward(v)
print(x.grad)

print(x.requires_grad)
print((x ** 2).requires_grad)
with torch.no_grad():
    print((x ** 2).requires_grad)
