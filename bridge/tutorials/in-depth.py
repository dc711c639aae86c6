# The chain rule, accumulation and higher-order gradients, as a user would paste it.
import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)

# Chain rule: y = x ** 2, z = 2y + 3, dz/dx = 4x
x = torch.tensor([2.0], requires_grad=True)
y = x ** 2
z = 2 * y + 3
z.backward()
print(x.grad)

# A scalar output needs nothing; a vector output an upstream tensor
x = torch.tensor([1., 2., 3.], requires_grad=True)
x.sum().backward()
print(x.grad)
x.grad.zero_()
(x ** 2).backward(torch.ones_like(x))
print(x.grad)

prediction = torch.tensor([0.1, 0.9, 0.2], requires_grad=True)
target = torch.tensor([0., 1., 0.])
loss = F.mse_loss(prediction, target)
loss.backward()
print(loss, prediction.grad)

# Accumulation: two backward calls add up in x.grad
x = torch.tensor([1.0], requires_grad=True)
(x ** 2).backward()
(x ** 3).backward()
print(x.grad)

# A small net: Linear(4, 3), ReLU, Linear(3, 1), with its weights written out
w1 = torch.tensor([[-0.4418, -0.4371, -0.3764, -0.4474], [0.0262, -0.0232, 0.4552, 0.4288], [-0.4165, -0.3674, -0.3429, -0.1246]], requires_grad=True)
b1 = torch.tensor([0.3425, 0.3705, -0.1225], requires_grad=True)
w2 = torch.tensor([[0.1298, -0.4756, 0.2323]], requires_grad=True)
b2 = torch.tensor([0.1425], requires_grad=True)
inp = torch.tensor([[-0.3639, 0.1513, -0.3514, -0.7906]])
out = F.linear(F.relu(F.linear(inp, w1, b1)), w2, b2)
loss = torch.abs(out - torch.tensor([[1.0]])).sum()
loss.backward()
print(out, loss)
print(w1.grad, b1.grad)
print(w2.grad, b2.grad)

# Higher order: gradients are differentiable
x = torch.tensor([2.0], requires_grad=True)
y = x ** 3
dy = torch.autograd.grad(y, x, create_graph=True)[0]
print(dy)
d2y = torch.autograd.grad(dy, x)[0]
print(d2y)

# A loop of a few variables: Newton steps towards sqrt(2), counting them
r = torch.tensor(1.0)
n = torch.tensor(0.0)
for _ in range(5):
    r = (r + 2 / r) / 2
    n = n + 1
print(r, n)
