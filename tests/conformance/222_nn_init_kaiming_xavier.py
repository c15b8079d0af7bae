import torch
import torch.nn as nn

torch.manual_seed(0)
w = torch.empty(3, 4)
nn.init.kaiming_uniform_(w, a=0, mode='fan_in', nonlinearity='relu')
print(w)
nn.init.kaiming_normal_(w, mode='fan_out', nonlinearity='relu')
print(w)
nn.init.xavier_normal_(w)
print(w)
nn.init.xavier_uniform_(w, gain=nn.init.calculate_gain('tanh'))
print(w)
print(nn.init.calculate_gain('relu'))
print(nn.init.calculate_gain('tanh'))
print(nn.init.calculate_gain('leaky_relu', 0.2))
print(nn.init.calculate_gain('sigmoid'))
print(nn.init.calculate_gain('linear'))
